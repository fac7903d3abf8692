/** A RAG status as a coloured badge, in the same colours as the summary sheet. */
import { Badge } from "@fluentui/react-components";
import type { RagStatus } from "../../engine/constants";
import { STATUS_COLORS } from "../../layout/styles";

export function StatusBadge({ status }: { status: RagStatus }) {
  const colors = STATUS_COLORS[status];
  return (
    <Badge appearance="filled" style={{ backgroundColor: `#${colors.fill}`, color: `#${colors.font}` }}>
      {status}
    </Badge>
  );
}
