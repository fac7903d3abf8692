export * from "./cell";
export * from "./number";
export * from "./date";
export * from "./scale";
