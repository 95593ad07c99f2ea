import { useText } from '@/i18n/text';
import Image from 'next/image';

/** A thumbnail of an uploaded image, served only to its account and to platform staff. */
export function UploadImage({ id, label }: { id: number | null | undefined; label: string }) {
  const tx = useText();
  if (!id) return <span className="text-slate-400">{tx('None')}</span>;
  return (
    <a href={`/api/uploads/${id}`} target="_blank" rel="noreferrer" className="inline-block">
      <Image
        unoptimized
        src={`/api/uploads/${id}`}
        alt={label}
        width={160}
        height={96}
        className="h-24 w-auto rounded-sm border border-slate-200 object-contain"
      />
    </a>
  );
}
