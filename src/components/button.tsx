import type { ButtonHTMLAttributes } from 'react';
import styles from './button.module.css';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'ghost';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  size?: 'sm' | 'md';
}

/** The app's button; `type="button"` unless a form submit is asked for. */
export function Button({ variant = 'secondary', size = 'md', className, type = 'button', ...props }: ButtonProps) {
  return (
    <button
      type={type}
      className={[styles.button, styles[variant], styles[size], className].filter(Boolean).join(' ')}
      {...props}
    />
  );
}

/** Class names for links that look like buttons. */
export const buttonClass = (variant: ButtonVariant = 'secondary', size: 'sm' | 'md' = 'md') =>
  [styles.button, styles[variant], styles[size]].join(' ');
