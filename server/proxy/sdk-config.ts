// The SDK's ~/.spb/onprem-config (README §2): INI, section [default], keys host, access_key, access_key_secret.
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

export interface SdkConfig {
  host?: string;
  accessKey?: string;
  accessKeySecret?: string;
  /** Where it was read from, for messages. */
  file: string;
}

export const sdkConfigPath = (home = homedir()) => path.join(home, '.spb', 'onprem-config');

/** The [default] section's values; comments (# ;) and other sections are ignored. */
export function parseSdkConfig(text: string, file: string): SdkConfig {
  const values: Record<string, string> = {};
  let section = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header?.[1] !== undefined) {
      section = header[1].trim();
      continue;
    }
    const match = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(line);
    if (section === 'default' && match?.[1] !== undefined) values[match[1].toLowerCase()] = match[2] ?? '';
  }
  return {
    file,
    ...(values['host'] && { host: values['host'] }),
    ...(values['access_key'] && { accessKey: values['access_key'] }),
    ...(values['access_key_secret'] && { accessKeySecret: values['access_key_secret'] }),
  };
}

/** The file's values, or undefined when there is no such file. */
export function readSdkConfig(file = sdkConfigPath()): SdkConfig | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return parseSdkConfig(text, file);
}
