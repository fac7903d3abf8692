/**
 * What office.js (the CDN loader, not loaded here) would add to the page once it had talked to
 * Excel; these parts are ours:
 * - `Office.onReady`, reporting Excel on the web;
 * - `Office.actions.associate` and `CustomFunctions.associate`, which only record the ids the
 *   page's commands and functions register (the host does not run custom functions);
 * - `Office.context` is SimulatedExcel.install()'s: `requirements.isSetSupported` agrees with the
 *   host's API set, and `officeTheme` is undefined, as in a host that passes no theme.
 * The rest is the real excel-web-16.00.debug.js: the `Excel` and `OfficeExtension` namespaces the
 * pane's requests go through, `OfficeExtension.Error`, `CustomFunctions.Error` and its codes.
 */
const globals = globalThis as unknown as { Office: typeof Office; CustomFunctions?: Record<string, unknown> };

/** Office.HostType.Excel and Office.PlatformType.OfficeOnline, which office.js defines. */
const READY_INFO = { host: "Excel", platform: "OfficeOnline" };

export interface Associations {
  /** Custom function ids, as CustomFunctions.associate received them. */
  functions: string[];
  /** Ribbon command ids, as Office.actions.associate received them. */
  actions: string[];
}

/** Puts our parts of office.js in front of the real library's `Office` and `CustomFunctions`. */
export function standInForOfficeJs(): Associations {
  const associations: Associations = { functions: [], actions: [] };
  const onReady = (callback?: (info: typeof READY_INFO) => void) =>
    // Office calls back asynchronously, once the page's scripts have run.
    new Promise<typeof READY_INFO>((resolve) => setTimeout(() => resolve(READY_INFO))).then((info) => {
      callback?.(info);
      return info;
    });
  const actions = { associate: (id: string) => void associations.actions.push(id) };
  globals.Office = Object.create(globals.Office, { onReady: { value: onReady }, actions: { value: actions } }) as typeof Office;
  globals.CustomFunctions = { ...globals.CustomFunctions, associate: (id: string) => void associations.functions.push(id) };
  return associations;
}
