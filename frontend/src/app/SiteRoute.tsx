// The site page shows panels of other features. Features do not import each other, so they meet here, at app level.
import { BudgetPanel } from '../features/budget/components/BudgetPanel';
import { GoodPracticesPanel } from '../features/network/components/GoodPracticesPanel';
import { SiteExchangePanel } from '../features/network/components/SiteExchangePanel';
import { useRoadmap } from '../features/roadmap/api/roadmap';
import { RoadmapPanel } from '../features/roadmap/components/RoadmapPanel';
import { SitePage, type SitePanelProps } from '../features/sites/routes/SitePage';

/** `/standorte/:id`: the site with its roadmap, experience exchange, good practices and budget. */
export function SiteRoute() {
  return (
    <SitePage
      renderWorkPanels={(site) => (
        <>
          <RoadmapPanel {...site} />
          <SiteExchangePanel siteId={site.siteId} />
          <SiteGoodPractices {...site} />
        </>
      )}
      renderBudgetPanel={(site) => <BudgetPanel {...site} />}
    />
  );
}

/** Good practices are written up from the site's measures, which its roadmap lends them. */
function SiteGoodPractices({ siteId, editable }: SitePanelProps) {
  const roadmap = useRoadmap(siteId, editable);
  const measures = (roadmap.data?.goals ?? []).flatMap((goal) => goal.measures);
  return <GoodPracticesPanel siteId={siteId} editable={editable} measures={measures} />;
}
