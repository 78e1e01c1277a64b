/**
 * The default decision table, from shared domain.md: section 2 (the level definitions, the
 * plain rules and "Deciding the close calls") and section 4 (the routes). First match wins,
 * so the order is the argument: what never lowers (security, data), then what a restoring
 * workaround lowers, then the Sev 1 blocks of the customer as a whole, then the kinds of
 * question, then the Sev 2 and Sev 3 problems. Levels on the 4-level scale (a 3-level team
 * reads Medium and Low as Low: domain.md's decision tree). Plain data, editable by the team.
 */
import type { DecisionTable } from './decision-table';

const U = 'unstated';

export const defaultDecisionTable: DecisionTable = {
  rows: [
    // "Security … from any level", "Data loss, data exposure and security concerns never lower."
    { id: 'security', label: 'Possible exposure or unauthorised access: Security, from any level', when: { touches: ['security'] }, level: 1, destination: 'security' },
    { id: 'data', label: 'Data lost, corrupted or at risk', when: { touches: ['data'] }, level: 1, destination: 'engineering' },
    // "A workaround, or a fix on the customer's side …, that fully restores the task for everyone
    // affected makes the ticket Sev 3 and keeps it in support" (it lowers; a question stays Low).
    { id: 'workaround-restores', label: 'A workaround restores the task: Sev 3, kept in support', when: { workaround: ['restores'], kind: ['broken', U] }, level: 3, destination: 'support' },
    // Sev 1 "when several customers (two or more tenants) report the same problem" that stops work; Engineering on several customers.
    { id: 'several-customers-stopped', label: 'Several customers stopped, fully or in part', when: { who: ['several_customers'], stopped: ['fully', 'partly'] }, level: 1, destination: 'engineering' },
    // "when sign-in fails for a whole office, site or many users (the worked example in section 10)".
    { id: 'customer-sign-in', label: 'The whole customer or an office cannot sign in', when: { who: ['customer'], stopped: ['fully'], touches: ['sign_in'] }, level: 1, destination: 'engineering' },
    // "… take payment, send invoices or run billing, receive or fulfil orders, or run payroll";
    // nothing narrowing it to some users is the customer as a whole (uncertainty default: the higher);
    // the cause still open → L2 first.
    { id: 'customer-core-task', label: 'The customer cannot finish a core business task (payments, invoicing, orders, payroll)', when: { who: ['customer', U], stopped: ['fully'], touches: ['billing', 'core_task'] }, level: 1, destination: 'l2' },
    // "when the product is down for the customer": an outage, Engineering.
    { id: 'customer-down', label: 'All of the work stopped for the whole customer: the product is down', when: { who: ['customer'], stopped: ['fully'] }, level: 1, destination: 'engineering' },
    // "Touches billing … → raise" and "several customers / a whole office → raise": wrong charges for everyone.
    { id: 'billing-wide', label: 'Billing or payments wrong for the whole customer or several customers', when: { touches: ['billing'], who: ['customer', 'several_customers'], stopped: [U] }, level: 1, destination: 'l2' },
    // Feature requests however phrased → Product, Low; "a design that works as intended but slows the customer's work is Sev 3, for Product".
    { id: 'design-slows', label: 'Works as designed but slows their work', when: { kind: ['feature'], stopped: ['slowed', 'partly'] }, level: 3, destination: 'product' },
    { id: 'feature', label: 'Feature request', when: { kind: ['feature'] }, level: 4, destination: 'product' },
    // One user who cannot sign in: support still has basic checks (password reset, another browser).
    { id: 'one-user-sign-in', label: 'One user cannot sign in: basic checks first', when: { touches: ['sign_in'], who: ['one_user', U], workaround: ['none', 'partial', U] }, level: 3, destination: 'support' },
    // "Anything else that is fully blocked with no workaround is Sev 2": a team or group inside one customer.
    { id: 'stopped', label: 'All of the work stopped, not for the whole customer: Sev 2', when: { stopped: ['fully'], kind: ['broken', U] }, level: 2, destination: 'l2' },
    // Setup (Sev 3) vs how-to (Sev 4); cosmetic is Low.
    { id: 'setup', label: 'Setup question', when: { kind: ['setup'] }, level: 3, destination: 'support' },
    { id: 'how-to', label: 'How-to question', when: { kind: ['how_to'] }, level: 4, destination: 'support' },
    { id: 'cosmetic', label: 'Cosmetic issue', when: { kind: ['cosmetic'] }, level: 4, destination: 'support' },
    // "one module, one integration, sync, webhook or API endpoint, or a subset of a core task (some orders, …)": Sev 2.
    { id: 'partly', label: 'Part of the work stopped: one feature, module or integration, or some of a core task', when: { stopped: ['partly'], kind: ['broken', U] }, level: 2, destination: 'l2' },
    // "Touches billing … → raise".
    { id: 'billing', label: 'Touches billing or payments', when: { touches: ['billing'] }, level: 2, destination: 'l2' },
    // Working again, or the customer's own "minor": nothing stopped (before breadth: "annoying but harmless" for everyone stays Low).
    { id: 'nothing-stopped', label: 'Nothing is stopped (working again, or minor in their words)', when: { stopped: ['no'] }, level: 4, destination: 'support' },
    // "a serious feature problem with no workaround for one customer or a small group" (Sev 2).
    { id: 'no-workaround', label: 'A problem with no workaround', when: { workaround: ['none'], kind: ['broken', U] }, level: 2, destination: 'l2' },
    // Breadth "raises one level only for several customers or a whole organisation or office".
    { id: 'several-customers', label: 'Several customers affected: one level up', when: { who: ['several_customers'] }, level: 2, destination: 'engineering' },
    { id: 'customer-wide', label: 'The whole customer or an office affected: one level up', when: { who: ['customer'], kind: ['broken'] }, level: 2, destination: 'l2' },
    // "work slows but continues" (Sev 3): performance, basic checks first.
    { id: 'slowed', label: 'Work slows but continues', when: { stopped: ['slowed'] }, level: 3, destination: 'support' },
    // One user with an ordinary problem: basic checks first.
    { id: 'one-user', label: 'One user: basic checks first', when: { who: ['one_user'] }, level: 3, destination: 'support' },
    // "a normal bug, confusing behaviour, repeated errors" (Sev 3): support while basic checks
    // remain; the checks-done route moves it to L2 once they are done and the cause is open.
    { id: 'broken', label: 'Something broken: a normal bug', when: { kind: ['broken'] }, level: 3, destination: 'support' },
    // Nothing stated that raises it: the "minor bug … how-to" end of the scale.
    { id: 'nothing-stated', label: 'Nothing that raises it', when: {}, level: 4, destination: 'support' },
  ],
};
