export * from "./cell";
export * from "./number";
export * from "./date";
export * from "./scale";
export * from "./month";
