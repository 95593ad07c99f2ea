import type { ButtonHTMLAttributes } from 'react';

type Variant = 'primary' | 'secondary' | 'danger' | 'link';

const styles: Record<Variant, string> = {
  primary: 'bg-brand-500 text-white hover:bg-brand-600 disabled:bg-brand-100 disabled:text-white',
  secondary:
    'border border-slate-300 bg-white text-slate-700 hover:border-brand-500 hover:text-brand-500 disabled:text-slate-400',
  danger: 'bg-red-600 text-white hover:bg-red-700 disabled:bg-red-200',
  link: 'text-brand-500 hover:underline disabled:text-slate-400 px-0',
};

export function Button({
  variant = 'primary',
  className = '',
  type = 'button',
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  const pad = variant === 'link' ? '' : 'px-4 py-1.5';
  return (
    <button
      type={type}
      className={`inline-flex items-center justify-center gap-1 rounded-sm text-sm font-medium transition-colors disabled:cursor-not-allowed ${pad} ${styles[variant]} ${className}`}
      {...props}
    />
  );
}
