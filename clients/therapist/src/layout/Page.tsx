import { Page as KitPage, type PageProps } from '@caregraph/client-kit/page';

/** One screen of the workspace (the kit's Page): its document title ends `— Caregraph for therapists`. */
export function Page(props: PageProps) {
  return <KitPage {...props} site="Caregraph for therapists" />;
}
