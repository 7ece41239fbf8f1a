import { Page as KitPage, type PageProps } from '@caregraph/client-kit/page';

/** One screen of the client app (the kit's Page): its document title ends `— Caregraph`. */
export function Page(props: PageProps) {
  return <KitPage {...props} site="Caregraph" />;
}
