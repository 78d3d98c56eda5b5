// A small paper page showing what the exported sheet will say, from main's own model so
// the preview and the files cannot disagree.
import { useTranslation } from 'react-i18next';
import type { SheetPreview as SheetPreviewData } from '../../../shared/ipc/contract';
import type { PaperSize } from '../../../shared/schema/settings';
import styles from './SheetPreview.module.css';

interface SheetPreviewProps {
  preview: SheetPreviewData | null;
  paperSize: PaperSize;
  loading: boolean;
  language: string;
}

export function SheetPreview({ preview, paperSize, loading, language }: SheetPreviewProps) {
  const { t } = useTranslation();
  return (
    <figure className={styles.previewFrame} aria-busy={loading}>
      <figcaption className="field-label">{t('exports.sheet.preview')}</figcaption>
      <div className={`${styles.paper} ${paperSize === 'Letter' ? styles.letter : styles.a4}`} lang={language} data-testid="sheet-preview">
        {preview ? (
          <>
            <header className={styles.paperHeader}>
              {preview.header.name ? <p className={styles.paperName}>{preview.header.name}</p> : null}
              {preview.header.contact.length > 0 ? <p className={styles.paperContact}>{preview.header.contact.join(' · ')}</p> : null}
            </header>
            <h3 className={styles.paperTitle}>{preview.title}</h3>
            {preview.asOf ? <p className={styles.paperAsOf}>{preview.asOf}</p> : null}
            <ol className={styles.paperEntries}>
              {preview.entries.map((entry, index) => (
                <li key={`${index}-${entry.name}`} className={styles.paperEntry}>
                  <p className={styles.entryName}>{entry.name}</p>
                  {entry.currentTitle ? <p>{entry.currentTitle}</p> : null}
                  {entry.organisation ? <p>{entry.organisation}</p> : null}
                  {entry.phone || entry.email ? <p>{[entry.phone, entry.email].filter(Boolean).join(' · ')}</p> : null}
                  {entry.relationship ? <p className={styles.entryRelationship}>{entry.relationship}</p> : null}
                </li>
              ))}
            </ol>
          </>
        ) : (
          <p className={styles.paperEmpty}>{loading ? t('exports.sheet.previewLoading') : t('exports.sheet.previewEmpty')}</p>
        )}
      </div>
    </figure>
  );
}
