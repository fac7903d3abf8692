/**
 * The task pane: six pages (SPEC 8, 10) over one workbook port, in Fluent UI v9, following the Office
 * theme. Pages are tabs; everything is reachable with the keyboard (Tab, arrow keys, Enter).
 */
import { Caption1, FluentProvider, Link, makeStyles, Tab, TabList, tokens, type Theme } from "@fluentui/react-components";
import { useEffect, useRef, useState, type ReactNode } from "react";
import type { WorkbookPort } from "../workbook/port";
import { CheckPage } from "./pages/check";
import { PortfolioPage } from "./pages/portfolio";
import { ReportPage } from "./pages/report";
import { ReturnsPage } from "./pages/returns";
import { RulesPage } from "./pages/rules";
import { SetupPage } from "./pages/setup";
import { PaneStateProvider } from "./pane-state";
import { HiddenHeading } from "./components/Headings";

const useStyles = makeStyles({
  root: { minHeight: "100vh", boxSizing: "border-box" },
  main: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL },
  // Six tabs are wider than a 320 px pane: they wrap onto a second row rather than overflow it.
  tabs: { flexWrap: "wrap" },
});

const PAGES = {
  portfolio: { label: "Portfolio", render: () => <PortfolioPage /> },
  check: { label: "Check", render: () => <CheckPage /> },
  report: { label: "Report", render: () => <ReportPage /> },
  returns: { label: "Returns", render: () => <ReturnsPage /> },
  setup: { label: "Setup", render: () => <SetupPage /> },
  rules: { label: "Rules", render: () => <RulesPage /> },
} as const;

export type PageName = keyof typeof PAGES;

export interface AppProps {
  theme: Theme;
  port: WorkbookPort;
  /** Shown above the pages: the preview bar outside Excel. */
  banner?: ReactNode;
  initialPage?: PageName;
  /** The month every page starts on (this month unless given). */
  initialMonth?: string;
  /** Focus the open page's tab on start: after another workbook was opened, focus is not left on the page body. */
  focusOnStart?: boolean;
}

export function App({ theme, port, banner, initialPage = "portfolio", initialMonth, focusOnStart = false }: AppProps) {
  const styles = useStyles();
  const [page, setPage] = useState<PageName>(initialPage);
  const openTab = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusOnStart) openTab.current?.focus();
  }, [focusOnStart]);
  return (
    <FluentProvider theme={theme} className={styles.root}>
      <PaneStateProvider port={port} initialMonth={initialMonth}>
        <main className={styles.main}>
          <HiddenHeading level={1}>PMO Portfolio</HiddenHeading>
          {banner}
          <TabList className={styles.tabs} selectedValue={page} onTabSelect={(_, data) => setPage(data.value as PageName)} aria-label="Pages" size="small">
            {(Object.keys(PAGES) as PageName[]).map((name) => (
              <Tab key={name} value={name} ref={name === page ? openTab : undefined}>
                {PAGES[name].label}
              </Tab>
            ))}
          </TabList>
          <div role="tabpanel" aria-label={PAGES[page].label}>
            {PAGES[page].render()}
          </div>
          <Caption1>
            Your data stays in the workbook. <Link href="support.html" target="_blank" rel="noopener">Help and functions</Link>
          </Caption1>
        </main>
      </PaneStateProvider>
    </FluentProvider>
  );
}
