import { Footer, Header, SkipLink } from 'nhsuk-react-components';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { DemoBanner } from '../features/about/components/DemoBanner';

/** The NHS.UK page shell: skip link, header with the service name and navigation, main landmark, footer. */
export function Layout({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <>
      <SkipLink href="#maincontent">Skip to main content</SkipLink>
      <Header service={{ text: 'Ladder', href: '/' }} logo={{ href: '/', 'aria-label': 'Ladder homepage' }}>
        <Header.Navigation>
          <Header.NavigationItem
            asElement={Link}
            to="/frameworks"
            current={pathname === '/frameworks'}
            active={pathname.startsWith('/frameworks/')}
          >
            Frameworks
          </Header.NavigationItem>
        </Header.Navigation>
      </Header>
      <DemoBanner />
      <div className="nhsuk-width-container">
        <main className="nhsuk-main-wrapper" id="maincontent" tabIndex={-1}>
          {children}
        </main>
      </div>
      <Footer>
        <Footer.Meta>
          <Footer.List>
            <Footer.ListItem href="/api/docs">API documentation</Footer.ListItem>
          </Footer.List>
          <Footer.Copyright>Ladder</Footer.Copyright>
        </Footer.Meta>
      </Footer>
    </>
  );
}
