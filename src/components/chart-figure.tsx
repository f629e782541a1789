import { useId, useRef, useState, type ReactNode } from 'react';
import type { SvgFile } from './chart-export';
import { Button } from './button';
import styles from './chart-figure.module.css';
import { toast } from './toast';

interface ChartFigureProps {
  /** Visible caption; also the figure's accessible name. */
  title: string;
  /** One line under the title explaining how to read the chart. */
  description?: ReactNode;
  /** Controls beside the title (sort, view switches). */
  controls?: ReactNode;
  legend?: ReactNode;
  /** File name stem for PNG/SVG downloads; no export buttons without it. */
  exportName?: string;
  /** Draws the exported image when the content is not itself an SVG (tables, tiles). */
  exportImage?: () => SvgFile;
  /** Accessible alternative shown by the "Show data table" toggle. */
  dataTable?: ReactNode;
  /** Taller charts scroll inside the frame instead of stretching the page. */
  maxHeight?: number;
  children: ReactNode;
}

/** A chart with caption, legend, export and a data-table alternative; the chart itself is a child. */
export function ChartFigure({
  title,
  description,
  controls,
  legend,
  exportName,
  exportImage,
  dataTable,
  maxHeight,
  children,
}: ChartFigureProps) {
  const chartRef = useRef<HTMLDivElement>(null);
  const tableId = useId();
  const captionId = useId();
  const [showTable, setShowTable] = useState(false);

  const runExport = async (format: 'png' | 'svg') => {
    const container = chartRef.current;
    if (!container || !exportName) return;
    try {
      // The export code loads with the first export, not with every chart.
      const { chartSvg, downloadPng, downloadSvg } = await import('./chart-export');
      const file = exportImage ? exportImage() : chartSvg(container);
      if (format === 'png') await downloadPng(file, exportName);
      else downloadSvg(file, exportName);
    } catch (error) {
      toast.error(error instanceof Error ? error.message : 'Export failed');
    }
  };

  return (
    // aria-labelledby: not every accessibility tree (jsdom's among them) names a figure by its figcaption.
    <figure className={styles.figure} aria-labelledby={captionId}>
      <div className={styles.head}>
        <div className={styles.titles}>
          <figcaption id={captionId} className={styles.caption}>
            {title}
          </figcaption>
          {description && <p className={styles.description}>{description}</p>}
        </div>
        <div className={styles.tools}>
          {controls}
          {exportName && (
            <span className={styles.group}>
              <Button size="sm" aria-label={`Download ${title} as PNG`} onClick={() => void runExport('png')}>
                PNG
              </Button>
              <Button size="sm" aria-label={`Download ${title} as SVG`} onClick={() => void runExport('svg')}>
                SVG
              </Button>
            </span>
          )}
        </div>
      </div>
      {legend}
      <div
        ref={chartRef}
        className={maxHeight ? `${styles.body} ${styles.scrolls}` : styles.body}
        style={maxHeight ? { maxHeight } : undefined}
      >
        {children}
      </div>
      {dataTable && (
        <div className={styles.tableToggle}>
          <Button
            size="sm"
            variant="ghost"
            aria-expanded={showTable}
            aria-controls={tableId}
            onClick={() => setShowTable((shown) => !shown)}
          >
            {showTable ? 'Hide data table' : 'Show data table'}
          </Button>
          <div id={tableId} hidden={!showTable} className={styles.table}>
            {showTable && dataTable}
          </div>
        </div>
      )}
    </figure>
  );
}
