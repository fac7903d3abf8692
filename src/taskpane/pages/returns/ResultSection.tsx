/**
 * One part of a preview (changes, refusals, findings, the chasing list) as a collapsible section:
 * a heading button saying how many it holds, so that 500 projects with no return yet do not push
 * the changes out of a 600 px pane. Sections open and close with Enter or Space.
 */
import { AccordionHeader, AccordionItem, AccordionPanel } from "@fluentui/react-components";
import type { ReactNode } from "react";

export function ResultSection({ value, title, count, children }: { value: string; title: string; count: number; children: ReactNode }) {
  return (
    <AccordionItem value={value}>
      <AccordionHeader as="h3" size="small">
        {title} ({count})
      </AccordionHeader>
      <AccordionPanel>{children}</AccordionPanel>
    </AccordionItem>
  );
}
