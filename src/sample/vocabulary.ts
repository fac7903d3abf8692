/**
 * The words of the sample portfolio: programmes, people, risk and milestone wording. Everything is
 * made up; names are drawn from common first names and surnames so no real person is described.
 */

export interface ProgrammeProfile {
  name: string;
  portfolio: string;
  department: string;
  sponsors: readonly string[];
  /** What the programme's projects are about; a project name is a subject plus an action. */
  subjects: readonly string[];
}

const CHANGE = "Change the Business";
const RUN = "Run the Business";

export const PROGRAMMES: readonly ProgrammeProfile[] = [
  { name: "Digital Customer", portfolio: CHANGE, department: "Customer Services", sponsors: ["Helen Marsh", "Raj Patel"], subjects: ["Customer Portal", "Mobile App", "Online Payments", "Live Chat", "Customer Identity", "Self-Service Returns", "Contact Centre Telephony", "Web Accessibility"] },
  { name: "Finance Transformation", portfolio: CHANGE, department: "Finance", sponsors: ["David Okafor", "Claire Bennett"], subjects: ["General Ledger", "Purchase-to-Pay", "Expenses", "Budgeting & Forecasting", "Treasury Management", "Month-End Close", "Accounts Receivable"] },
  { name: "Estates", portfolio: RUN, department: "Facilities", sponsors: ["Martin Hughes"], subjects: ["Head Office Refurbishment", "Workplace Booking", "Energy Efficiency", "Regional Office", "Data Centre Exit", "Building Management System", "Car Park"] },
  { name: "Cyber Security", portfolio: RUN, department: "Information Security", sponsors: ["Priya Sharma", "Tom Fletcher"], subjects: ["Identity & Access Management", "Endpoint Protection", "Security Operations Centre", "Privileged Access", "Email Security", "Vulnerability Management", "Zero Trust Network"] },
  { name: "Data & Analytics", portfolio: CHANGE, department: "Technology", sponsors: ["Laura Chen"], subjects: ["Data Warehouse", "Master Data", "Self-Service Reporting", "Data Quality", "Customer Insight", "Data Platform", "Machine Learning Pilot"] },
  { name: "HR Systems", portfolio: RUN, department: "People", sponsors: ["Sarah Whitfield"], subjects: ["Payroll", "Recruitment System", "Learning Platform", "Performance Management", "Time & Attendance", "Employee Self-Service"] },
  { name: "Regulatory", portfolio: RUN, department: "Risk & Compliance", sponsors: ["James Adeyemi", "Fiona Gallagher"], subjects: ["GDPR Records", "Consumer Duty", "Operational Resilience", "Regulatory Reporting", "Anti-Money Laundering", "Records Retention"] },
  { name: "Infrastructure", portfolio: RUN, department: "Technology", sponsors: ["Mark Sullivan"], subjects: ["Cloud Migration", "Network Refresh", "Laptop Refresh", "Backup & Recovery", "Telephony", "Server Decommissioning", "Wi-Fi Upgrade"] },
];

/** Other departments that sometimes own a project outside their usual programme. */
export const OTHER_DEPARTMENTS = ["Operations", "Sales", "Marketing", "Procurement", "Legal"] as const;

export const PROJECT_ACTIONS = ["Replacement", "Upgrade", "Rollout", "Redesign", "Implementation", "Consolidation", "Migration", "Enhancements", "Discovery", "Automation"] as const;
export const PROJECT_PHASES = ["Phase 2", "Phase 3", "Wave 2", "Pilot", "Stage 2"] as const;

const FIRST_NAMES = ["Amelia", "Oliver", "Isla", "George", "Ava", "Noah", "Emily", "Arthur", "Grace", "Leo", "Sophie", "Harry", "Chloe", "Jack", "Mia", "Charlie", "Zara", "Samuel", "Hannah", "Ibrahim", "Ella", "Daniel", "Freya", "Thomas", "Aisha", "Lucas", "Ruby", "Adam", "Nina", "Owen", "Maya", "Ethan"];
const SURNAMES = ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Evans", "Thomas", "Roberts", "Khan", "Walker", "Wright", "Robinson", "Thompson", "White", "Hall", "Green", "Wood", "Clarke", "Patel", "Murphy", "Kaur", "Morgan", "Cooper", "Ward", "Price", "Nowak", "Ali", "Campbell", "Reid"];

/** Project managers and risk owners: every first name with every surname, in a fixed order. */
export const PEOPLE: readonly string[] = FIRST_NAMES.flatMap((first, index) => SURNAMES.map((_, offset) => `${first} ${SURNAMES[(index * 7 + offset) % SURNAMES.length]}`));

export const OVERRIDE_REASONS = [
  "Recovery plan approved at steering group",
  "Supplier delay escalated to sponsor; revised plan agreed",
  "Overspend covered by approved change request",
  "Awaiting funding decision at investment board",
  "Key dependency on another programme at risk",
  "Benefits case under review",
] as const;

export interface RiskWording {
  category: string;
  threats: readonly string[];
  opportunities: readonly string[];
  responses: readonly string[];
}

export const RISK_WORDING: readonly RiskWording[] = [
  { category: "Supplier", threats: ["Supplier delivers late", "Supplier goes out of business", "Supplier resource turnover"], opportunities: ["Supplier offers volume discount"], responses: ["Weekly supplier review; penalty clauses in contract", "Identify an alternative supplier", "Escalate through contract manager"] },
  { category: "Resource", threats: ["Key staff unavailable", "Specialist skills shortage", "Business users not released for testing"], opportunities: ["Internal team available earlier than planned"], responses: ["Backfill with contractors", "Agree release plan with line managers", "Cross-train a second team member"] },
  { category: "Technical", threats: ["Integration more complex than estimated", "Performance targets not met", "Legacy data quality poor"], opportunities: ["Reuse components from another project"], responses: ["Proof of concept before build", "Performance testing in sprint 3", "Data cleansing workstream"] },
  { category: "Financial", threats: ["Exchange rate increases costs", "Budget cut at mid-year review", "Licence costs higher than quoted"], opportunities: ["Lower licence price at renewal"], responses: ["Fix prices in contract", "Prepare descoping options", "Negotiate enterprise agreement"] },
  { category: "Schedule", threats: ["Go-live clashes with year end", "Approvals take longer than planned", "Dependency on another project slips"], opportunities: ["Early start on design possible"], responses: ["Agree change freeze window", "Book governance slots early", "Track dependency at programme board"] },
  { category: "Regulatory", threats: ["Regulation changes during delivery", "Audit finding delays sign-off"], opportunities: ["Regulator accepts phased compliance"], responses: ["Monitor consultation papers", "Early engagement with internal audit"] },
  { category: "Security", threats: ["Penetration test finds critical issues", "Third-party access not controlled"], opportunities: ["Security tooling shared with another programme"], responses: ["Schedule pen test before UAT", "Enforce privileged access controls"] },
  { category: "Stakeholder", threats: ["Low adoption by users", "Sponsor changes role", "Union consultation extends timeline"], opportunities: ["Strong demand from early adopters"], responses: ["Change champions network", "Brief the new sponsor", "Engage unions at design stage"] },
];

/** Milestone plans by count: each a name and its position in the project (0 = start, 1 = finish). */
export const MILESTONE_PLANS: Readonly<Record<number, readonly (readonly [string, number])[]>> = {
  2: [["Design approved", 0.35], ["Go-live", 1]],
  3: [["Business case approved", 0.1], ["Build complete", 0.65], ["Go-live", 1]],
  4: [["Business case approved", 0.1], ["Design approved", 0.35], ["User acceptance testing complete", 0.8], ["Go-live", 1]],
};
