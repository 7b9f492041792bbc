import { Footer, Header, SkipLink } from 'nhsuk-react-components';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { DemoBanner } from '../features/about/components/DemoBanner';
import { useSessionWatch } from '../features/auth/api/session-watch';
import { AccountItems } from '../features/auth/components/AccountItems';
import { useMe } from '../lib/api/me';
import { navigationFor } from '../config/paths';
import { paths } from '../config/paths';

/**
 * The NHS.UK page shell: skip link, header with the service name, the account
 * area and the navigation the person's roles allow, main landmark, footer.
 */
export function Layout({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const me = useMe();
  useSessionWatch();
  // Until we know who is here (or if asking failed), show only what everyone may see.
  const person = me.isError ? null : me.data;
  const navigation = navigationFor(person);
  return (
    <>
      <SkipLink href="#maincontent">Skip to main content</SkipLink>
      {/*
        NHS.UK's header script measures the navigation items once, when it starts, to fold them into a
        "More" menu on narrow screens; so the header starts afresh whenever the items change (sign-in, sign-out).
      */}
      <Header
        key={navigation.map((item) => item.to).join(' ')}
        service={{ text: 'Ladder', href: paths.home }}
        logo={{ href: paths.home, 'aria-label': 'Ladder homepage' }}
      >
        {person !== undefined && (
          <Header.Account>
            <AccountItems me={person} />
          </Header.Account>
        )}
        <Header.Navigation>
          {navigation.map((item) => (
            <Header.NavigationItem
              key={item.to}
              asElement={Link}
              to={item.to}
              current={pathname === item.to}
              active={pathname.startsWith(`${item.to}/`)}
            >
              {item.label}
            </Header.NavigationItem>
          ))}
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
