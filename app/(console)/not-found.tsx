import { NotFoundState } from '@/components/states/not-found-state';

export default function AreaNotFound() {
  return <NotFoundState home={{ href: '/overview', labelKey: 'backOverview' }} />;
}
