/** `pmo --help`. */
export const HELP = `pmo: PMO Portfolio for Excel on the command line

Usage:
  pmo init FILE [--sample] [--projects N] [--seed S] [--month YYYY-MM]
           [--no-financials] [--force]
      Create a new governed workbook (Projects, Risks, Milestones, Financials,
      PMO Config). --sample fills it with a realistic, deterministic portfolio of N
      projects (default 500) for seed S (default 1), dated around the month (default:
      this month), with each project's monthly budget, actuals and forecasts in
      Financials (--no-financials: without them).

  pmo check FILE [--json] [--month YYYY-MM] [--map field=Header ...]
      Governance findings: rule, severity, sheet, cell and message. Exit 1 when
      there are errors. The as-of date is the month's last day (default: today).

  pmo report FILE [--month YYYY-MM] [--by FIELD] [--out FILE] [--json]
             [--map field=Header ...] [--in-place]
      Write the month's "PMO Summary YYYY-MM" sheet and PMO History into a copy of
      FILE (default FILE-PMO-YYYY-MM.xlsx beside it; the input only with --in-place).
      Everything else in the workbook is kept as it was. --by groups the roll-up by
      a Projects field (default programme); --json prints the summary as JSON.

  pmo returns make PORTFOLIO --out FOLDER [--by manager|project] [--month YYYY-MM]
                   [--due YYYY-MM-DD] [--force] [--json] [--map field=Header ...]
      Write the month's return workbooks into FOLDER: one per manager (default) or
      per project, each with its active projects' Projects, Risks, Milestones and
      Financials rows, the drop-down lists, a Return sheet (month, for, projects, due
      date, instructions) and the id columns marked not to be changed. Due defaults
      to the 5th working day of the next month; --force replaces existing returns.

  pmo returns collect PORTFOLIO RETURN... [--month YYYY-MM] [--out FILE] [--dry-run]
                      [--json] [--map field=Header ...]
      Check each return (a file, or a folder of them) and apply its projects' changes
      to the register's own cells: values only, everything else kept as it was. A
      project is refused when the register does not know it, when its return has
      errors, when it is in two returns, or when a risk or milestone id is another
      project's. PMO Returns and PMO Changes get a row per return and project and per
      changed cell; active projects with no return are listed. The register is
      updated in place (atomically) unless --out FILE; --dry-run writes nothing; the
      month defaults to the one the returns were made for (else this month);
      --json prints {applied, refused, missing, changes, findings}.

  --map field=Header    read the column "Header" as field (Projects), or
                        KIND.field=Header for risks, milestones, financials,
                        issues, assumptions or dependencies (risks.owner=Lead).

Exit codes: 0 done, 1 governance errors found (check) or a project refused
(returns collect), 2 bad input (one line on stderr).
`;
