import { Page as KitPage, type PageProps } from '@caregraph/client-kit/page';
import { useSiteOrigin } from '../server/render-context';

interface WebPageProps extends PageProps {
  /** What a search engine shows under the title: one or two plain sentences about this page. */
  description?: string;
  /** The page's one public address (a path), when it is a page search engines should list. */
  canonicalPath?: string;
}

/**
 * One screen of the client app (the kit's Page): its document title ends `— Caregraph`; a public page
 * also gives its description and canonical address (React puts them in <head>, on the server too).
 */
export function Page({ description, canonicalPath, ...props }: WebPageProps) {
  const origin = useSiteOrigin();
  return (
    <>
      {description && <meta name="description" content={description} />}
      {canonicalPath && <link rel="canonical" href={`${origin}${canonicalPath}`} />}
      <KitPage {...props} site="Caregraph" />
    </>
  );
}
