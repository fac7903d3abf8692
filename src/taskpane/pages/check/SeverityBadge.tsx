/** A group of findings' severity with icon, colour and words, as Fluent shows status: "2 errors". */
import { Badge } from "@fluentui/react-components";
import { ErrorCircle16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Severity } from "../../../engine/findings";

export function SeverityBadge({ severity, count }: { severity: Severity; count: number }) {
  const words = `${count} ${severity}${count === 1 ? "" : "s"}`;
  return severity === "error" ? (
    <Badge appearance="tint" color="danger" icon={<ErrorCircle16Filled />}>
      {words}
    </Badge>
  ) : (
    <Badge appearance="tint" color="warning" icon={<Warning16Filled />}>
      {words}
    </Badge>
  );
}
