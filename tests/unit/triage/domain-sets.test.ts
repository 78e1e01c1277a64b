/**
 * Families found in the tickets written from domain.md alone (holdout6/7 after their first
 * contact, dev-a, dev-b): each with sentences that must fire it and near misses that must
 * not. Sentences written for these tests, not copied from the fixtures.
 */
import { describe, expect, it } from 'vitest';
import { customer, run, ruleIds, thread, expectRoute, RULES_ONLY } from './helpers';

/** The rules' ids alone (no second reading): what a near miss must not fire. */
const rulesOf = (text: string | Parameters<typeof run>[0]) => ruleIds(run(typeof text === 'string' ? customer(text) : text, RULES_ONLY));

describe('leadership: legal threats, not lawyers asking for documents', () => {
  it('a solicitor who will act, or a notice of breach, is a legal threat', () => {
    expect(run(customer('Our wholesale portal has refused our buyers for three days. Our solicitors will issue a formal notice of breach on Friday.')).destination).toBe('leadership');
    expect(run(customer('Payslip corrections fail for five staff. Our legal department has instructed me to say we will seek breach-of-contract remedies.')).destination).toBe('leadership');
  });
  it('a lawyer reviewing vendors and asking for the DPA is a document request', () => {
    const s = expectRoute('Our lawyer is reviewing all our vendors and needs your DPA and sub-processor list. Where can I download them?', 4, 'support');
    expect(ruleIds(s)).not.toContain('legal');
    expect(s.emotionFlag).toBe(false);
  });
});

describe('leadership: a policy exception asked', () => {
  it('a refund of unused months outside the terms is a billing decision (Sev 3)', () => {
    expectRoute('We paid for the annual plan in May but only need the monthly one. Your terms say 30 days, but could you refund the remaining eight months?', 3, 'leadership');
  });
  it('a contractual commitment with nothing broken is Low, for Leadership', () => {
    expectRoute('Our procurement drafted an SLA addendum with 99.95% uptime and penalty credits. Who can countersign it? Nothing is wrong with the service.', 4, 'leadership');
  });
  it('asking what the refund policy is, is a how-to', () => {
    expect(run(customer('How does your refund policy work for annual plans?')).destination).not.toBe('leadership');
  });
});

describe('security: recall in calm words', () => {
  it("another person's details shown", () => {
    expectRoute("The delivery link in our email opens someone else's parcel page, with her full address and phone number.", 1, 'security');
    expectRoute("On our public booking page, hovering a taken slot shows the full names of the patients who booked it.", 1, 'security');
  });
  it("inside a colleague's account, prompts none of us started, a token that still works", () => {
    expectRoute("Anna clicked 'forgot password' and the link took her into her colleague's account, with his bank details.", 1, 'security');
    expectRoute('Our finance login received five MFA push prompts that none of us started.', 1, 'security');
    expectRoute('We removed Priya from the workspace last week. Today a campaign was sent under her API token. Why is her token still active?', 1, 'security');
  });
  it('a caller who talked support into a change, an endpoint that returns anyone\'s details', () => {
    expectRoute(thread(['customer', 'Please confirm the owner email was changed as agreed on the phone.'], ['internal', 'The caller was not on our contact list; looks like a caller talked Tier 1 into an owner change.']), 1, 'security');
    expectRoute('As a researcher I found that /v2/bookings/{id} returns the full booking details (name, phone) for any id, without checking the tenant of the key.', 1, 'security');
  });
  it('near misses: sharing with a colleague, a removed user who cannot get in', () => {
    expect(run(customer("How do I share my calendar with a colleague's account?")).destination).not.toBe('security');
    expect(run(customer('We removed Tom yesterday and he can no longer sign in, as expected. How do we reassign his deals?')).destination).not.toBe('security');
  });
});

describe('product: capability gaps, however asked', () => {
  it('an internal note saying it does not exist makes the question a feature request', () => {
    expectRoute(thread(['customer', 'Does the API have an event when a stock level changes? I could only find order events.'], ['internal', 'No stock-level webhook exists; only order and customer events.']), 4, 'product');
  });
  it('a capability question in the customer\'s words', () => {
    expectRoute('Could the scanner app work offline and sync when it is back in range? Our cellar has no signal.', 4, 'product');
  });
  it('a note pointing at the existing setting is a how-to', () => {
    expectRoute(thread(['customer', 'Is there a way to export contacts to CSV?'], ['internal', 'Exists under Contacts > Export.']), 4, 'support');
  });
  it('a design that works as intended but slows the team', () => {
    expectRoute(thread(['customer', 'Every Monday we have to open each shipment to change its pickup date, about 150 of them. Is this really the intended way?'], ['internal', 'Yes, no bulk edit for shipments. Intended.']), 3, 'product');
  });
});

describe('routes: Engineering causes, basic checks, their own configuration', () => {
  it('a named release, our deploy or our error text sends it to Engineering', () => {
    expect(run(customer('Since release 4.2 the credit note PDF is empty for every invoice. Invoices themselves are fine.')).destination).toBe('engineering');
    expect(run(thread(['customer', 'No orders have reached the warehouse since 06:00, all three sites.'], ['internal', "Our ingest logs show a schema mismatch right after this morning's ingest deploy."])).destination).toBe('engineering');
  });
  it('a normal bug stays in support until the basic checks are done, then L2', () => {
    expectRoute('The client list filter resets when I go to page 2.', 3, 'support');
    expectRoute('The client list filter resets when I go to page 2. We cleared the cache and re-saved the view, same thing.', 3, 'l2');
  });
  it('an internal note that finds their own change keeps it in support at Medium', () => {
    expectRoute(thread(['customer', 'Your webhooks to our endpoint keep failing with 403 since Friday.'], ['internal', 'The 403 is a challenge page from their WAF; they changed their firewall rules on Friday and need to allowlist our IP ranges.']), 3, 'support');
  });
});

describe('a part fully blocked while the rest works (Sev 2), not the whole task', () => {
  it('"Cards work." narrows a payment failure to one method', () => {
    expectRoute('Shoppers who choose PayPal are sent back to the cart with an error. Cards work.', 2, 'l2');
    expectRoute('Recurring invoices in EUR were not generated on the 1st. GBP ones were.', 2, 'l2');
  });
  it('"the storefront itself loads fine" does not narrow a checkout that fails for everyone', () => {
    expect(run(customer('Since 10:00 no customer has been able to complete checkout on our shop. The storefront itself loads fine.')).severity).toBe(1);
  });
  it('one integration failing every time is blocked; failing sometimes is a normal bug', () => {
    expect(run(customer('The Xero sync has failed every night since Monday.')).severity).toBe(2);
    expect(run(customer('The Slack notifications sometimes fail to post, then work the next time.')).severity).toBe(3);
  });
  it('"Android is fine" is a partial failure, not a workaround; another browser is a workaround', () => {
    expect(ruleIds(run(customer('Our technicians on iPhone crash every time they attach a photo, so they cannot close jobs at all. Android is fine.')))).not.toContain('workaround');
    expectRoute('The invoice preview is blank in Safari. In Chrome it shows fine.', 3, 'support');
  });
});

describe('setup questions and how-tos', () => {
  it('which records or values go where is a setup question (Sev 3)', () => {
    expectRoute('We want campaigns to come from our own domain. Which DNS records do we need for SPF and DKIM?', 3, 'support');
    expectRoute("I uploaded the Okta metadata XML and get 'Metadata invalid'. Which values go where?", 3, 'support');
  });
  it('a policy question that names an endpoint is a how-to (Low)', () => {
    expectRoute('What is your retry policy for failed webhook deliveries to our endpoint?', 4, 'support');
  });
  it('a how-to body outweighs an alarming headline (the tone still flags it: at least L2)', () => {
    expectRoute({ subject: 'URGENT everything down!!!', messages: [{ author: 'customer', text: 'How do I change the logo on our booking page?' }] }, 4, 'l2');
  });
});

describe('context: forwards, past incidents, checks that are not workarounds', () => {
  it('a report forwarded under a short cover note is what the customer tells us', () => {
    expectRoute("FYI, see below from one of our customers.\n\n---------- Forwarded message ---------\nFrom: Ana <ana@example.com>\nSubject: tracking\n\nThe tracking link shows someone else's parcel and his home address.", 1, 'security');
    expectRoute('Please see below from my team lead.\n\n> From: Reena\n> A caller claiming to be our IT admin got your agent to reset 2FA on our admin account.', 1, 'security');
  });
  it('our own quoted reply under a long answer stays quoted history', () => {
    const cover = 'Thanks for the quick answer yesterday. We tried the steps you sent and everything is fine now, the export runs and the numbers match what we expected. '.repeat(3);
    expect(run(customer(`${cover}\n\n> On Monday you wrote: the outage is affecting every customer`)).severity).toBeGreaterThan(1);
  });
  it('a past outage thanked for, with a service credit asked, is a Sev 3 decision', () => {
    expectRoute('Thanks for restoring service after the five-hour outage last Tuesday; all stable since. We are requesting a service credit under our contract.', 3, 'leadership');
  });
  it('"everything works but…" is no resolution', () => {
    expect(ruleIds(run(customer('Everything works but the calendar takes 8 seconds to switch weeks.')))).not.toContain('resolved-closed');
  });
  it('"we checked the addresses by hand" is a check, not a workaround', () => {
    expect(ruleIds(run(customer('Every shipment we create today fails with an address error, all orders. We checked ten addresses by hand, they are fine.')))).not.toContain('workaround');
  });
});

describe('several customers, data overwritten', () => {
  it('other tenants reporting the same in an internal note raise it to Critical, Engineering', () => {
    expectRoute(thread(['customer', 'Our SMS reminders stopped sending at 07:00 and patients are not turning up.'], ['internal', 'Two more clinics opened tickets in the last hour with the same symptom.']), 1, 'engineering');
  });
  it('two customers booking one slot is not several customers', () => {
    expect(ruleIds(run(customer('The scheduler let two customers book the same slot with the same stylist.')))).not.toContain('engineering-cause');
  });
  it('a sync that overwrote values with blanks is data loss; 0% VAT is a billing error', () => {
    expectRoute('The nightly HR sync overwrote every employee\'s availability with blanks.', 1, 'engineering');
    expect(ruleIds(run(customer('All invoices since Monday show 0% VAT although our settings say 21%.')))).not.toContain('data-loss');
  });
});

describe('calm absence and workarounds that do not restore', () => {
  it('a trigger that no longer fires, subscribers not charged, a sync that is down', () => {
    expect(run(customer("The 'new booking' trigger doesn't fire anymore, so clients get no confirmation. Every other trigger is fine.")).severity).toBe(2);
    expect(run(customer('Our annual subscribers were not charged on renewal this month. Monthly subscribers were charged fine.')).severity).toBe(2);
    expect(run(customer('The calendar sync has been down for our 12-person team since Tuesday.')).severity).toBe(2);
    expect(run(customer("Our night shift can't log into the scanner app since last night.")).severity).toBeLessThanOrEqual(3);
  });
  it('"smaller ranges work but the auditor needs the full year" is no workaround; "smaller ranges work" alone is', () => {
    expect(ruleIds(run(customer('The full-year export times out. Smaller date ranges work but our auditor needs the full year in one file.')))).not.toContain('workaround');
    expect(ruleIds(run(customer('The full-year export times out. Smaller date ranges work, so we split it for now.')))).toContain('workaround');
    expect(ruleIds(run(customer('Routes are being built by hand, which is not workable for 60 vans.')))).not.toContain('workaround');
  });
});

describe('dev-c families', () => {
  it("a removed admin's token used today, another practice's patients in our export, records of other tenants", () => {
    expectRoute('We removed a former finance admin, Leo, from our account last month. Today the audit log shows his personal token downloading invoices at 02:10.', 1, 'security');
    expectRoute('Our CSV export has about 50 rows of patients from another clinic, with phone numbers.', 1, 'security');
    expectRoute('Changing the id in /api/reports/{id} returns the records of other tenants without any check.', 1, 'security');
  });
  it('a regulator that needs the certificates is no legal threat; reporting you to the regulator is', () => {
    expect(run(customer('Certificates stopped generating for all learners; our regulator needs them by Friday.')).destination).not.toBe('leadership');
    expect(run(customer('If this is not fixed we will report you to the regulator.')).destination).toBe('leadership');
  });
  it('"since you released 4.2" is our change; "will they be locked out?" asks about a future', () => {
    expect(run(customer('Since you released 4.2 on Tuesday our Slack webhook for new deals has stopped firing.')).destination).toBe('engineering');
    expect(run(customer('If we turn on SSO enforcement on Friday, will our freelancers be locked out? What should we configure first?')).severity).toBe(3);
  });
  it('"none of our invoices are going out" is invoicing blocked; one blank reports page is one module', () => {
    expect(run(customer('Since 10:00 none of our invoices are going out. The Send button spins and then nothing.')).severity).toBe(1);
    expect(run(customer('reports page blank for our admins since tuesday. resaved roles, cleared cache.')).severity).toBe(2);
  });
  it('"on the web app in Chrome everything works" is a workaround, not a resolution', () => {
    expectRoute('The Android app crashes when the front desk opens the calendar. On the web app in Chrome everything works and they use that.', 3, 'support');
  });
});

describe('dev-d families', () => {
  it('a stored script that reads the viewer\'s session token, an email changed by support on a phone request nobody made', () => {
    expectRoute("A dashboard title with a script runs for anyone who opens the share link and lets me read the viewer's session token.", 1, 'security');
    expectRoute("Our admin email was changed to an address we don't know. Your audit log says 'changed by support on request by phone'. Nobody from us called you.", 1, 'security');
  });
  it('phones that do not ring are the service down; data wrong in your system is data', () => {
    expect(run(customer('none of our phones ring, inbound calls go straight to number not available. all 35 lines.')).severity).toBe(1);
    expect(run(customer('After the sync, first and last names are swapped for around 12,000 contacts. The data is wrong now in your system.')).severity).toBe(1);
  });
  it('non-native "stop to send" with "manually is not possible" is one integration blocked', () => {
    expect(run(customer('the integration with Xero stop to send our invoices since Thursday. We reconnect, nothing. Manually is not possible, is 600 invoices.')).severity).toBe(2);
  });
  it('workarounds in other words: retry always works, the website, sign in with Google', () => {
    expectRoute("We see a red 'Sync failed' banner a few times a day. Clicking Retry always works.", 3, 'support');
    expectRoute("Password login says 'invalid credentials' for me. 'Sign in with Google' works, so I'm in for now.", 3, 'support');
  });
  it('"found them" closes a chat; "issues are resolved in 5 business days" does not', () => {
    expect(ruleIds(run(customer('after upgrading plan I cannot see my old invoices? ... oh found them. weird place though')))).not.toContain('business-blocked');
    expect(ruleIds(run(customer('The reports module has returned blank results for three weeks. Our contract says High issues are resolved in 5 business days.')))).not.toContain('resolved-closed');
  });
  it('"we don\'t have access to its logs" in a note is no capability gap', () => {
    expect(run(thread(['customer', 'The Headcount report module throws an unexpected server error since Monday on our dedicated instance.'], ['internal', "Dedicated deployment - we don't have access to its logs."])).destination).toBe('engineering');
  });
});

describe('dev-e families', () => {
  it('an SLA that was breached is no security breach', () => {
    expect(run(thread(['customer', 'Any news? The export to our payroll provider still fails.'], ['internal', 'Strategic account. The resolution SLA for this ticket was breached at 09:00.'])).destination).not.toBe('security');
  });
  it("calls with a removed user's token are unauthorised access", () => {
    expectRoute('We removed Mark from our account three weeks ago. Our logs show calls with his personal API token as recently as yesterday.', 1, 'security');
  });
  it('"UPS and FedEx are fine" narrows a label failure to one carrier; "since the Checkout v2 rollout" is our change', () => {
    expect(run(customer('Only DHL labels fail, UPS and FedEx are fine. Half our parcels go DHL.')).severity).toBe(2);
    expect(run(customer('Since the Checkout v2 rollout you announced on Monday, SEPA payments fail. Cards still work.')).destination).toBe('engineering');
  });
  it('"my filters are gone" is a view setting, not data; "as documented" in a note is no data loss', () => {
    expect(ruleIds(run(customer('Every time I open the pipeline view my filters are gone and I set them again.')))).not.toContain('data-loss');
  });
  it('a design said as "it works, it is just slow" or "forced into a wrap-up" is for Product', () => {
    expectRoute('Approving one leave request takes four screens. I approve 60 a week. It works, it\'s just slow.', 3, 'product');
  });
  it('"I\'ll get my lawyer involved" is a legal threat; "what we\'d really like is an Excel export" is a feature request', () => {
    expect(ruleIds(run(customer('Reminders went out with the wrong due date again. If this happens again I will get my lawyer involved.')))).toContain('legal');
    expectRoute({ subject: 'BUG: cannot export to PDF', messages: [{ author: 'customer', text: 'Not actually a bug, sorry for the subject. PDF export works fine. What we would really like is an Excel export too, is that possible to add?' }] }, 4, 'product');
  });
});


describe('dev-f and dev-g families', () => {
  it('a course certificate is no setup word; an SSL or SAML certificate is', () => {
    expectRoute("Learners who finish the Fire Safety module don't receive a certificate. Other modules issue fine. We re-saved the template twice.", 2, 'l2');
    expect(ruleIds(run(customer('Which SAML certificate do we upload in the IdP, the signing one or the encryption one?')))).toContain('setup-question');
  });
  it('a high-value account whose failure has lasted days is blocked (Sev 2); with a workaround it keeps its level', () => {
    const account = { requester: { plan: 'enterprise' } };
    expect(run(customer('Our board pack report has failed for two weeks. The rest of the product works.', account)).severity).toBe(2);
    expect(run(customer('Our pipeline report has failed for a week. CSV export works and our analysts are using that, so we are fine for now.', account)).severity).toBe(3);
  });
  it('building the whole task by hand is no workaround; a small fix by hand that works is', () => {
    const account = { requester: { plan: 'enterprise' } };
    expect(run(customer("Route planning has shown 'Solver error' for three days. We're building 90 routes by hand every morning.", account)).severity).toBe(2);
    expect(run(customer('The duplicate contacts keep coming back after each sync. I merge them by hand, which works.')).severity).toBe(3);
  });
  it('"nothing can be approved" for all of a small group is blocked (Sev 2)', () => {
    expectRoute("The Approve button is greyed out for all 4 of us in Payables. Nothing can be approved. We've logged out and in and re-saved the role.", 2, 'l2');
  });
  it('a bare "From:" block under a forwarding note is the forwarded report, not reply history', () => {
    expect(run(customer('Forwarding from our office manager.\n\nFrom: Ana Ruiz\nSent: Tuesday 08:40\nSubject: rota\n\nNothing can be published from the rota screen since this morning, for any of the four of us.')).severity).toBeLessThanOrEqual(2);
    expect(run(customer('Thanks, see my earlier mail.\n\nFrom: Support <help@example.com>\nSent: Monday\n\nNothing can be published until you re-save the rota.')).severity).toBeGreaterThan(2);
  });
  it('nobody at the customer able to send invoices, or no export at all, is Sev 1; one integration stays Sev 2', () => {
    expect(run(customer('Since 8:00 none of our staff can send invoices; they stay in Draft.')).severity).toBe(1);
    expect(run(customer('No export works for our account: CSV, PDF and XLSX all fail with an error.')).severity).toBe(1);
    expect(run(customer('Our Xero sync cannot import anything since this morning; the rest of the app is fine.')).severity).toBe(2);
  });
  it('the same error reported by other named customers, or by a second customer, in a note counts as several customers', () => {
    expectRoute(thread(['customer', 'Since 07:00 none of our agents can open the wallboard.'], ['internal', 'Same error reported by Nordhaus GmbH and Pinecrest Ltd in the last hour.']), 1, 'engineering');
    expect(run(thread(['customer', 'Two guests got the same room last night, the channel sync said ok.'], ['internal', 'A second hotel group (#5512) reported double bookings from the same sync this morning.'])).destination).toBe('engineering');
    expect(ruleIds(run(thread(['customer', 'The wallboard is slow today.'], ['internal', 'Asked for a second screenshot; customer reported it once before.'])))).not.toContain('widespread');
  });
  it('records left with the wrong bank details after an import are corrupted data; "no way to know which" is no feature request', () => {
    expectRoute('After this morning\'s import 140 employees have the wrong IBAN, some of them a colleague\'s. We have no way to know which ones changed.', 1, 'engineering');
    expect(ruleIds(run(customer('There is no way to group invoices by project. Could you add one?')))).toContain('feature-request');
  });
  it('every inbound line out of service is the phone service down, even when outbound works', () => {
    expect(run(customer("All our inbound numbers say 'not in service'. Outbound works.")).severity).toBe(1);
    expect(run(customer('Our Leeds number goes to voicemail. All other numbers ring fine.')).severity).toBeGreaterThan(1);
  });
  it('someone who left still on a recipient list is an exposure', () => {
    expectRoute("Our monthly salary report went out today. A supervisor who left us in May is still on the recipient list with her private address.", 1, 'security');
    expect(run(customer('A colleague who left us in May still appears in the staff list. How do I archive her?')).destination).not.toBe('security');
  });
});

describe('a defect support reproduced', () => {
  it('goes to Engineering even when the customer can keep working', () => {
    expectRoute(thread(['customer', 'The weekly rota prints the wrong week number. We can still use it.'], ['internal', 'Reproduced on a fresh test account.']), 3, 'engineering');
  });
  it('with nothing else named, is a bug (Sev 3), not a question', () => {
    expectRoute(thread(['customer', 'Could you check why the ticket count on the wallboard says 12 when the queue has 15?'], ['internal', 'Reproduced: the wallboard skips tickets from the merged queue.']), 3, 'engineering');
  });
  it('stays in support once the customer says it works again', () => {
    expect(run(thread(['customer', 'Since your 7.2 release our nightly export stops at 5,000 rows.'], ['internal', 'Reproduced; applied the workspace override as a workaround.'], ['customer', "Today's file had all 21,000 rows. Looks good. Tell me when the fix ships?"])).destination).toBe('support');
  });
});

describe('dev-h, dev-i and dev-j families', () => {
  it("another company's records, said calmly, are an exposure", () => {
    expectRoute("Our customer export has 25 rows at the end that belong to a company called 'Lakeside Florists'. We have no link to them.", 1, 'security');
    expectRoute("In our quote list there are two quotes addressed to 'Northgate Tiles'. We are not Northgate and have never worked with them.", 1, 'security');
    expect(run(customer('The invoices addressed to our Leeds branch show the Manchester address.')).destination).not.toBe('security');
  });
  it('a private report anyone can open without signing in, or found on Google, is an exposure', () => {
    expectRoute('One of our shared dashboards shows our revenue per client, and nobody needs to log in to see it.', 1, 'security');
    expect(run(customer('How do I make a shared dashboard that colleagues can open without asking me each time?')).destination).not.toBe('security');
  });
  it('a whole site that cannot sign in is Sev 1 even when other sites work', () => {
    expect(run(customer('None of the 30 tablets at our Bristol depot can sign in since 06:00. Our other depots are fine.')).severity).toBe(1);
    expect(run(customer('Our 4 new hires at the Bristol depot cannot sign in with their invite links.')).severity).toBeGreaterThan(1);
  });
  it('no label for any order, or staff who will not be paid, is the core task stopped (Sev 1)', () => {
    expect(run(customer('We are unable to print shipping labels for any order since 07:00.')).severity).toBe(1);
    expect(run(customer('The payroll file to the bank failed this morning and 300 employees will not be paid on Friday.')).severity).toBe(1);
    expect(run(customer('The export to our payroll provider fails since Monday; we upload the file by hand for now.')).severity).toBeGreaterThan(1);
  });
  it('DNS the customer checked and found right is not their configuration', () => {
    expect(ruleIds(run(customer('Our booking page gives a 404 for every client. We checked the custom domain, it still points to you.')))).not.toContain('own-config');
    expect(ruleIds(run(customer('Our booking page gives a 404 since I changed the DNS records yesterday. What should the CNAME be?')))).toContain('own-config');
  });
});

describe('one part failing every time past a threshold', () => {
  it('a list, range or file past a size that always fails, with nothing around it, is blocked (Sev 2)', () => {
    expect(run(customer("Sending a campaign to any list over 2,000 contacts fails with 'Batch rejected'. Smaller lists go out.")).severity).toBe(2);
    expect(run(customer('Every SCORM upload fails with Package invalid since last week.')).severity).toBe(2);
  });
  it('a part that fails sometimes, or only for some files, stays a normal bug', () => {
    expect(run(customer('Some product images fail to upload, no error, just nothing.')).severity).toBe(3);
  });
  it('"the endpoint" or "our migration" that fails is no setup question', () => {
    expect(run(customer('GET /v2/orders returns 500 for our account since yesterday; every request fails. Other endpoints are fine.')).severity).toBe(2);
  });
  it('"could be the plan limit" in a note is no documented limit', () => {
    expect(ruleIds(run(thread(['customer', 'Our sync gets 429 after 200 calls every night.'], ['internal', 'Could be the plan limit misapplied, or their traffic.'])))).not.toContain('note-documented-limit');
    expect(ruleIds(run(thread(['customer', 'Our sync gets 429 after 200 calls every night.'], ['internal', 'They hit the plan limit of 200 calls per minute.'])))).toContain('note-documented-limit');
  });
});

describe('questions against the clock, and the rest still working', () => {
  it('a how-to needed before a time close by is Sev 3', () => {
    expectRoute('How do I add a bank holiday to the staff rota? We publish the rota tomorrow at 9am.', 3, 'support');
    expectRoute('How do I run an off-cycle payment for one person? It has to go out before 15:00.', 3, 'support');
    expectRoute('How do I add a bank holiday to the staff rota? No rush.', 4, 'support');
  });
  it('"cards work", "regular campaigns send", "payroll ran fine" narrow the failure to a part (Sev 2)', () => {
    expect(run(customer('SEPA direct debit has been failing for every customer since the 1st. Cards work but half our clients pay by SEPA.')).severity).toBe(2);
    expect(run(customer("Every A/B campaign sits in 'Processing' forever. Regular campaigns send.")).severity).toBe(2);
    expect(run(customer('Payroll ran fine but payslip PDFs failed to generate for 14 employees.')).severity).toBe(2);
  });
  it('"no other tenants reporting" is not several customers', () => {
    expect(ruleIds(run(thread(['customer', 'Our Salesforce sync stopped at 3am.'], ['internal', 'No release last night, no other tenants reporting.'])))).not.toContain('widespread');
  });
  it('an outage of one named integration is that integration blocked (Sev 2)', () => {
    expect(run({ subject: 'Need a fix date for the Zapier outage', messages: [{ author: 'customer', text: 'Our Zapier integration has been broken for a week.' }] }).severity).toBe(2);
  });
});

describe('support seeing it too, releases said another way, checks still to do', () => {
  it('"I see it too on 6.1" or "confirmed crash on a test device" is reproduced; "I confirmed the reconnect on our side too" is not', () => {
    expectRoute(thread(['customer', 'The date picker shows US format for us in France. Staff type the dates by hand, which works.'], ['agent', 'Thanks Julien, I see it too with a French test account.']), 3, 'engineering');
    expect(ruleIds(run(thread(['customer', 'The app crashes at launch on Android 14.'], ['agent', 'Confirmed crash on an Android 14 test device.'])))).toContain('confirmed-defect');
    expect(ruleIds(run(thread(['customer', 'Our Shopify sync stopped on Tuesday. We reconnected it, no change.'], ['agent', "I've confirmed the reconnect on our side too. Passing this to our specialists."])))).not.toContain('confirmed-defect');
  });
  it('"since it updated to 5.2" and "since the 2.9 app release" name a release of ours', () => {
    expect(ruleIds(run(customer("Our drivers can't clock in from the app since it updated to 5.2.")))).toContain('regression');
    expect(ruleIds(run(customer('Since the 2.9 app release our inspectors on Android crash at launch.')))).toContain('regression');
  });
  it('a High whose basic checks support just asked for stays in support until they are back', () => {
    expectRoute(thread(['customer', "Our recruiting team can't send offer letters for e-signature; the Send button does nothing. The rest of the app is fine."], ['agent', 'Could you tell me which browser the team uses, and try once in a private window?']), 2, 'support');
    // Once the customer has done them, or when it is Critical, it goes on.
    expect(run(thread(['customer', "Our recruiting team can't send offer letters for e-signature; the Send button does nothing."], ['agent', 'Could you try once in a private window?'], ['customer', 'We tried a private window and Edge, same thing.'])).destination).toBe('l2');
    expect(run(thread(['customer', 'Since 8:00 none of our staff can send invoices.'], ['agent', 'Could you try another browser?'])).destination).not.toBe('support');
  });
});

describe('dev-k and dev-l families', () => {
  it('sign-ins from abroad that none of us made, a caller our CFO never was, or a login with no lockout', () => {
    expectRoute('Our admin account shows sign-ins from Peru at 02:10 last night. None of us travel. Someone also changed the payout bank details at 02:30.', 1, 'security');
    expectRoute('Your agent says our CFO called yesterday to change the owner email. Our CFO never called you.', 1, 'security');
    expect(run(customer('Your login page accepts unlimited attempts: 400 wrong passwords in a minute, no lockout.')).destination).toBe('security');
  });
  it('every record doubled, stored that way, is corrupted data', () => {
    expectRoute('Since yesterday every parcel weight doubled on the manifests, and the stored shipment records show the doubled weight too.', 1, 'engineering');
  });
  it('no label for any carrier is the warehouse stopped (Sev 1)', () => {
    expect(run(customer("We cannot print a single label since 11:00; all carriers fail with 'Label could not be generated'.")).severity).toBe(1);
  });
  it('a status page that says it is degraded is an outage; one that shows no incident is not', () => {
    expect(run(customer("None of our scheduled campaigns went out today. Your status page says 'Degraded sending - investigating'.")).severity).toBe(1);
    expect(ruleIds(run(thread(['customer', 'The dashboard is slow today.'], ['agent', 'Our status page shows no incident. Could you try a private window?'])))).not.toContain('outage');
  });
  it('every call failing for the company, or every extension offline, is the phone service down', () => {
    expect(run(customer("All inbound and outbound calls fail for our whole company. Every extension shows 'Offline'.")).severity).toBe(1);
  });
  it('a whole office that cannot connect, said in other words, is Sev 1', () => {
    expect(run(customer("Since 8h nobody of our Lyon office (35 persons) can connect to the CRM, they have 'Identifiants invalides'. Paris works normally.")).severity).toBe(1);
  });
  it('another sign-in method that works for everyone keeps a login failure at Sev 3, in support', () => {
    expectRoute("'Sign in with Google' gives an error for all of us since yesterday. We've switched to email + password and everyone can get in.", 3, 'support');
    expect(run(customer("'Sign in with Google' gives an error for all of us since yesterday.")).severity).toBe(1);
  });
  it('"query logs are not available to support" in a note is no capability gap', () => {
    expect(ruleIds(run(thread(['customer', "Our finance team's reports time out on our dedicated cluster since Monday."], ['internal', 'Dedicated deployment; query logs not available to support.'])))).not.toContain('feature-request');
  });
});

describe('retries that work, limits and settings in notes', () => {
  it('"usually it saves on the second try" is a workaround for a repeated error (Sev 3)', () => {
    expect(run(customer("Several times a day staff get 'Error 1042' when saving a booking. Usually it saves on the second or third try.")).severity).toBe(3);
  });
  it('"the Starter plan is limited to 5" in a note is a documented limit; "their setting." is their configuration', () => {
    expectRoute(thread(['customer', "We can't add a sixth staff account, it says 'Seat limit reached'."], ['internal', 'Starter plan is limited to 5 staff accounts (see the pricing page).']), 3, 'support');
    expect(ruleIds(run(thread(['customer', "Our team keeps getting 'Session expired' every hour and loses what they typed."], ['internal', 'Session timeout set to 60 minutes by their admin in October. Their setting.'])))).toContain('own-config');
  });
  it('"could you first reconnect…" is a basic check still to do', () => {
    expectRoute(thread(['customer', 'Google Calendar sync stopped working for our whole clinic yesterday. New appointments are not pushed.'], ['agent', 'Could you first disconnect and reconnect the Google account and tell me if new appointments sync?']), 2, 'support');
  });
});

describe('dev-m and dev-n families (their 7 labelled Critical read below High now read Critical)', () => {
  it("other recipients' addresses in a newsletter, a salary a colleague can open, an exploit that runs for anyone viewing", () => {
    expectRoute("Several recipients replied that the email header listed dozens of other subscribers' email addresses.", 1, 'security');
    expectRoute('When I click someone in the staff directory I can see their salary and bank account number.', 1, 'security');
    expectRoute("A payload saved in the invoice notes executes in the browser of anyone viewing the invoice. PoC attached.", 1, 'security');
    expect(run(customer('The newsletter header shows our logo twice.')).destination).not.toBe('security');
  });
  it("another company's invoices in our list, and a removed developer's token still creating orders", () => {
    expectRoute("Under Clients > Invoices I see invoices for 'Harbor Dental Group'. We are not Harbor Dental.", 1, 'security');
    expectRoute('We offboarded a developer on Monday. Our audit log shows his personal API token still creating orders yesterday.', 1, 'security');
  });
  it('values shifted between rows after an import, or a booking replaced with the original nowhere, is data lost', () => {
    expectRoute('After the import about 90 employees have different dates of birth than before; they look shifted between rows.', 1, 'engineering');
    expectRoute("Yesterday's booking for Ms. Ortiz had been replaced by a new one - the original is nowhere in the history.", 1, 'engineering');
  });
  it('every inbound call dropping, every page giving a 500, a server that will not start: the product is down', () => {
    expect(run(customer('Every inbound call to our support line drops after 3 seconds. Outbound is fine.')).severity).toBe(1);
    expect(run(customer("Every page in the dispatch app gives 'HTTP 500'. Drivers can't see their routes.")).severity).toBe(1);
  });
  it('"no customer can pay" is checkout stopped; "only for their store" does not narrow it', () => {
    expect(run(thread(['customer', 'Impact: No customer can pay. Every checkout ends on a blank page.'], ['internal', 'Reproduced: POST /checkout/complete returns 502 only for their store.'])).severity).toBe(1);
  });
  it('"all 30 of us" cannot sign in is the whole customer; "all 5 of us in Payables" is a group', () => {
    expect(run(customer("All 30 of us get 'Invalid credentials' since this morning. We reset two passwords.")).severity).toBe(1);
    expect(run(customer("All 5 of us in Payables get 'Invalid credentials' since this morning.")).severity).toBe(2);
  });
  it('three other enterprise hotel groups, or a "third independent report", in a note are several customers', () => {
    expect(run(thread(['customer', "Our booking calendar shows no availability since 09:00, so guests can't book."], ['internal', 'Three other enterprise hotel groups reported the same blank calendar.'])).severity).toBe(1);
    expect(run(thread(['customer', 'The export button does nothing for the whole team.'], ['internal', "Third independent report of 'export does nothing' since 10:00."])).destination).toBe('engineering');
  });
});

describe('setup questions in plain words', () => {
  it('"which SIP server do we configure", "what am I configuring wrong", "which format must the variants have" are setup (Sev 3)', () => {
    expectRoute('We got 10 desk phones. Which SIP server, port and transport do we configure so they register?', 3, 'support');
    expectRoute('I created a shipping rule but everything shows €4.90. What am I configuring wrong?', 3, 'support');
    expectRoute('Where do I find the export button?', 4, 'support');
  });
});

describe('dev-o and dev-p families (their 6 labelled Critical read below High now read Critical)', () => {
  it('names swapped between people, tax added twice, the previous order\'s address on every label: data corrupted', () => {
    expectRoute("After the merge our main list has first names swapped between people. 'Dear Michael' goes to women named Sarah.", 1, 'engineering');
    expect(run(customer('Since yesterday every invoice has VAT added twice. 120 already went to clients.')).severity).toBe(1);
  });
  it("a company we never heard of in our contacts, or a removed user's token scheduling a campaign, is Security", () => {
    expectRoute("This morning the contact list showed names and phone numbers of a company I've never heard of.", 1, 'security');
    expectRoute('We removed Carla from the account on 3 March. Today a campaign went out, scheduled by her API token yesterday.', 1, 'security');
  });
});

describe('designs that slow the work, future features, SLA words', () => {
  it('"bulk edit only takes 50 at a time" or "approved one by one … it takes two days" is a design for Product (Sev 3)', () => {
    expectRoute('Is there a reason bulk edit only takes 50 orders at a time? We reassign 2,000 orders every Monday.', 3, 'product');
  });
  it('"would it be possible in future" is a feature request', () => {
    expectRoute("Would it be possible in future to send a campaign at 9am in each recipient's own time zone?", 4, 'product');
  });
  it('"the SLA for this strategic account breached" is no security breach', () => {
    expect(run(thread(['customer', 'The cost report has failed for three days.'], ['internal', 'Enterprise. SLA for this strategic account breached this morning.'])).destination).not.toBe('security');
  });
});

describe('dev-q … dev-t families (their labelled Critical read below High; sentences written for these tests)', () => {
  it('rows from an organisation nobody here knows, mail delivered to a list not ours, a link that signs in as someone else: Security', () => {
    expectRoute("The attendance export has 80 extra rows with pupils from a school we've never heard of.", 1, 'security');
    expectRoute("Our campaign was delivered to a list that isn't ours; strangers are replying to us.", 1, 'security');
    expectRoute("The reset link logged me into daniel's account. I don't know him.", 1, 'security');
    expect(rulesOf('Pupils from our partner school cannot see the new course.')).not.toContain('security');
    expect(rulesOf('The newsletter was delivered to our list, but the images are broken.')).not.toContain('security');
    expect(rulesOf('The link logged me into my account but the page stayed blank.')).not.toContain('security');
  });
  it("a removed user's token that made requests afterwards is Security; a token's requests alone are not", () => {
    expectRoute('We removed Priya from the workspace last week. Our audit log shows her API token made 900 requests last night.', 1, 'security');
    expect(rulesOf("Priya's API token made 900 requests yesterday. Is there a rate limit we should know about?")).not.toContain('security');
  });
  it('a column divided by 100 by a job is data corrupted; dividing by 100 in a question is not', () => {
    expect(run(thread(['customer', 'Totals on our invoices look wrong since this morning.'], ['internal', 'Amount column divided by 100 on every record the nightly job touched.'])).severity).toBe(1);
    expect(rulesOf('Prices are stored in cents; should I divide by 100 in the export?')).not.toContain('data-loss');
  });
  it('"none of our invoices send" is the whole customer stopped; invoices sent fine last month are not', () => {
    expect(run(customer("None of our invoices send since 8am. They all sit in 'queued'.")).severity).toBe(1);
    expect(run(customer('None of our invoices sent last month had a problem; this is about the logo on the new template.')).severity).toBeGreaterThan(2);
  });
  it('"the 4th separate tenant reporting the same" in a note is several customers; the same customer reporting it again is not', () => {
    expectRoute(thread(['customer', 'Cannot sign in to the CRM, the page spins forever.'], ['internal', 'This is the 3rd separate tenant reporting the same spinner today.']), 1, 'engineering');
    expect(run(thread(['customer', 'Cannot sign in to the CRM, the page spins forever.'], ['internal', 'Fourth time this customer has reported it this month.'])).severity).toBeGreaterThan(1);
  });
});

describe('an exposure or data loss in the recent past is still an incident', () => {
  it('"yesterday\'s newsletter went to the wrong customers" is Security now; a loss from March that was fixed is history', () => {
    expectRoute("Yesterday's newsletter went to the wrong customers.", 1, 'security');
    expect(run(customer('Yesterday the import deleted 300 of our contacts.')).severity).toBe(1);
    expectRoute('Back in March you had an outage that lost some of our data. That was fixed. Today: how do I add a custom field?', 4, 'support');
    expect(ruleIds(run(customer("Yesterday's outage was over in ten minutes, thanks. How do I export a report?")))).not.toContain('outage');
  });
});

describe('dev-u … dev-w families (their 22 labelled Critical read below High; sentences written for these tests)', () => {
  it('a sign-in the customer did not make (alerts from far away while they slept, nobody asked for a 2FA reset) is Security; an alert they expected is not', () => {
    expectRoute("We got four 'new sign-in' emails for the owner account from Manila. She was asleep at the time.", 1, 'security');
    expectRoute('The login history shows sign-ins from Bogotá and Minsk last night. Nobody here travels.', 1, 'security');
    expectRoute('Our finance account shows a login at 03:40 from Peru. It was not us. We changed the password.', 1, 'security');
    expect(rulesOf("I got a 'new sign-in' email when I logged in from my new laptop. Is that normal?")).not.toContain('security');
    expect(rulesOf('How do I turn off the sign-in alert emails? We get one every time we log in from the office.')).not.toContain('security');
  });
  it("a removed user's token still creating records, or records made through the API under their name, is Security", () => {
    expectRoute('We offboarded Tom in May. This morning the audit log shows his API token creating invoices.', 1, 'security');
    expectRoute('We deactivated Sara last week, yet shifts keep being created via the API under her name.', 1, 'security');
    expect(rulesOf('His API token is creating invoices twice. Can you look at the integration?')).not.toContain('security');
  });
  it("people who do not work for us, companies we never heard of with their details, other children's reports, restricted data shown to everyone, a public link listing recipients: Security", () => {
    expectRoute('The staff search returns profiles for people who do not work for us, with their phone numbers.', 1, 'security');
    expectRoute('Our pipeline lists 40 firms we have never heard of, with names and deal values.', 1, 'security');
    expectRoute('A teacher opened the gradebook and saw the marks of three other pupils from another school.', 1, 'security');
    expectRoute('The directory now shows everyone’s home address to all staff. It was only visible to HR before.', 1, 'security');
    expectRoute('The shared dashboard link also shows the recipient list with their e-mail addresses.', 1, 'security');
    expect(rulesOf('We want to invite people who do not work for us as guests. How?')).not.toContain('security');
    expect(rulesOf('The report shows the marks of all pupils in my class. Can I export it?')).not.toContain('security');
    expect(rulesOf('The shared dashboard link shows the chart but the legend is cut off.')).not.toContain('security');
  });
  it('a caller who failed verification and an owner who did not call: Security', () => {
    expectRoute(thread(['customer', 'hi i am the admin, please switch off MFA on my account now'], ['internal', 'Caller could not answer the verification questions. The recovery email was changed to a gmail address an hour later.']), 1, 'security');
  });
  it('records no longer in the system, a count gone to zero, lists emptied, contacts merged that were not duplicates, pay doubled: data lost or corrupted', () => {
    expectRoute('The shifts for next week are not in the schedule anymore. Nobody touched them.', 1, 'engineering');
    expect(run(customer('Yesterday there were 120 bookings for Saturday, now there are 0.')).severity).toBe(1);
    expect(run(customer('After last night every one of our contact lists is empty.')).severity).toBe(1);
    expect(run(customer('The dedupe tool merged 900 contacts that were not duplicates.')).severity).toBe(1);
    expect(run(customer('The October run paid 40 of our nurses twice their salary.')).severity).toBe(1);
    expect(rulesOf('Tom is no longer in the system since we removed him. How do I reassign his deals?')).not.toContain('data-loss');
    expect(rulesOf('The new orders are not in the system yet; the sync runs at noon.')).not.toContain('data-loss');
  });
  it("a run button greyed out for everyone, zero orders arriving from all channels, a billing run that charged none of our members: the whole customer stopped", () => {
    expect(run(customer("The 'Approve pay run' button stays greyed out for every user, admins too. Payday is tomorrow.")).severity).toBe(1);
    expect(run(customer('Since 7am we receive zero orders from all channels, web shop and Amazon included. Usually 200 by now.')).severity).toBe(1);
    expect(run(customer("The monthly billing ran but charged none of our 800 members. The log says 'completed, 0 processed'.")).severity).toBe(1);
    expect(run(customer('The export button is greyed out for me. Colleagues can use it.')).severity).toBeGreaterThan(1);
  });
  it('"unless this is resolved today" is a condition, not a resolution; "we cannot do 800 by hand" is no workaround', () => {
    expect(ruleIds(run(customer('Payroll paid 30 drivers double their pay. Our lawyer will call you unless this is resolved today.')))).not.toContain('resolved-closed');
    expect(ruleIds(run(customer('Label printing fails for every order. We cannot copy 800 orders into the carrier portal by hand.')))).not.toContain('workaround');
    expect(ruleIds(run(customer('Label printing fails for every order. For now we copy them into the carrier portal by hand.')))).toContain('workaround');
  });
  it('"is it coming from you?" is no feature request; a status page with an open incident is the service down', () => {
    expect(ruleIds(run(customer('All our users are logged out and cannot log back in. Is it coming from you?')))).not.toContain('feature-request');
    expectRoute(thread(['customer', 'Nobody here can sign in since 8am.'], ['internal', 'Status page: incident open for the EU login service.']), 1, 'engineering');
  });
});

describe('dev-u … dev-w routes (sentences written for these tests)', () => {
  it('our logs, our code or a job of ours named in an internal note, or an error naming our code, send it to Engineering', () => {
    const note = (text: string) => thread(['customer', 'Refunds to our customers fail since this morning, every one of them.'], ['internal', text]);
    expect(run(note('Confirmed in our logs: the refund worker times out for this tenant.')).destination).toBe('engineering');
    expect(run(note('Our logs: the gateway call is rejected. Code issue.')).destination).toBe('engineering');
    expect(run(note('Refund queue stuck platform-side since 06:10.')).destination).toBe('engineering');
    expect(run(note('Our serializer sends the old currency field to the gateway.')).destination).toBe('engineering');
    expect(run(customer("All FedEx labels fail with 'label_builder returned nil'. UPS still works.")).destination).toBe('engineering');
    expect(run(note('Not reproduced yet; asked them for a HAR file.')).destination).not.toBe('engineering');
  });
  it('another tenant "(separate tenant)" reporting the same in a note is several customers', () => {
    expectRoute(thread(['customer', 'Our booking webhooks stopped at 10:05.'], ['internal', 'Lakeside Gym (separate tenant) and Pike Yoga reported the same stop at 10:05.']), 1, 'engineering');
  });
  it('zero inbound calls for the whole call centre is the phone service down, even when outbound works', () => {
    expectRoute('Our whole call centre has had zero inbound calls since 9:00; callers hear a busy tone. Outbound works.', 1, 'engineering');
    expect(rulesOf('Zero inbound calls on Sunday is normal for us. How do I change the weekend greeting?')).not.toContain('outage');
  });
  it('"thanks!!" is glad, not upset: no emotion flag; "why!!" still is', () => {
    expectRoute(thread(['customer', 'how do I reset a PIN?'], ['agent', 'Staff > Reset PIN.'], ['customer', 'done thanks!!']), 4, 'support');
    expect(ruleIds(run(customer('Why does the export fail again!! Third time this week.')))).toContain('emotion');
  });
});

describe('dev-x … dev-z families (their labelled Critical read below High; sentences written for these tests)', () => {
  it('records of people who are not ours, recordings from numbers we do not own, MFA pushes nobody started, links that never expire, the real password in a mail: Security', () => {
    expectRoute('The claim file includes the X-rays of a patient who is not ours.', 1, 'security');
    expectRoute('The export ends with 120 rows of shops which are not our customers and never were.', 1, 'security');
    expectRoute('Our inbox has voicemails from numbers we do not own, about a bakery’s orders.', 1, 'security');
    expectRoute('Five of our staff got MFA push requests they didn’t start; one approved it.', 1, 'security');
    expectRoute('Our shared links don’t expire even though we set a 3-day expiry.', 1, 'security');
    expectRoute('The signup confirmation mail shows the real password the customer typed.', 1, 'security');
    expect(rulesOf('Our shared links expire after 7 days. Can we make it 30?')).not.toContain('security');
    expect(rulesOf('We get MFA push requests every morning when we start work. Can we remember the device?')).not.toContain('security');
  });
  it("a removed user who still shows as active or just edited something, or signed in after leaving, is Security, also asked as 'is it normal'", () => {
    expectRoute('Is it normal that an employee we removed on Monday still shows as active and just exported the client list?', 1, 'security');
    expectRoute("Jo left us in May and we disabled her account. The audit log shows 'jo signed in' at 02:10 and she opened the payroll report.", 1, 'security');
    expect(rulesOf('We removed Jo from the team in May. How do I move her open tasks to Sam?')).not.toContain('security');
  });
  it('a new admin or API key nobody here created, sign-ins from a country where we have no staff: Security', () => {
    expectRoute('We got an email that a new API key was created at 03:00. Nobody here did that.', 1, 'security');
    expectRoute('Our logs show 30 sign-ins this weekend from IPs in a country where we have no staff.', 1, 'security');
    expect(rulesOf('A new API key was created by our developer this morning. Where do I set its scopes?')).not.toContain('security');
  });
  it('a secret pushed to a public repository is Security, told across sentences', () => {
    expectRoute('Our contractor pushed settings.env to a public GitHub repo yesterday. It had our live API key in it.', 1, 'security');
    expect(rulesOf('We keep our API key in a private repo. Is that fine?')).not.toContain('security');
  });
  it('old invoices replaced, an import that replaced all existing records, rows deleted by a job of ours, backups that stopped: data lost', () => {
    expectRoute('Since Monday the numbering restarts every day and our old invoices are replaced by new ones.', 1, 'engineering');
    expect(run(customer('The contact import replaced all existing records instead of adding new ones.')).severity).toBe(1);
    expect(run(thread(['customer', 'Next week’s calendar looks empty.'], ['internal', 'Rows soft-deleted by the nightly recurrence job at 02:10.'])).severity).toBe(1);
    expect(run(thread(['customer', 'Our backups page shows nothing after 3 May.'], ['internal', 'No backup jobs completed for this tenant since 3 May.'])).severity).toBe(1);
    expect(rulesOf('How long do you keep backups? We want to know for our audit.')).not.toContain('data-loss');
  });
  it('an app that opens and closes on every phone, a run grey for all our entities, a checkout dead since 7am, unable to take any reservations: the customer stopped', () => {
    expect(run(customer('Since the update, the app opens and closes within a second on all our phones. 40 couriers cannot work.')).severity).toBe(1);
    expect(run(customer("The 'Run payroll' button is grey for all our entities since this morning.")).severity).toBe(1);
    expect(run(customer('Our checkout has been dead since 7am. Zero orders.')).severity).toBe(1);
    expect(run(customer('Before we talk renewal: our site has been unable to take any reservations since Saturday.')).severity).toBe(1);
    expect(run(customer('Before we start the import, can we take any reservations while it runs?')).severity).toBeGreaterThan(1);
  });
});

describe('near misses a code review found for the dev-u … dev-z families (each was Sev 1 before its fix)', () => {
  const NEAR_MISSES = [
    "We deleted the old workflow and then created a new one, how do I assign it to the team?",
    "We removed the banner and the page still is active in search results. How do I unpublish it?",
    "Our share links don't expire by default, can we set a default expiry of 7 days?",
    "The invite link from Monday still works, can I reuse it for the new hire?",
    "We got a discount code we didn't ask for in the renewal email, can we use it?",
    "The signup mail has the customer's password reset link but it goes to spam. How do I fix DKIM?",
    "We never heard of the names in the sample data you ship with the demo account, can we delete it?",
    "The public booking link shows phone numbers field as optional, how do I make it required?",
    "Our customers could not pass the verification questions on our own signup form, can you make them easier?",
    "Our build failed to pass the security checks in our own CI pipeline, is your SDK up to date?",
    "Our admin email changed to a new domain after the rebrand, do we need to verify it again?",
    "We published the event on our public site. How do I reset passwords for the volunteers?",
    "We posted the link to our public page and it works. Where do I change the password for the admin?",
    "Sign-in alerts from our office IPs come every morning. Nobody here asked for them, can we turn them off?",
    "We got a new sign-in email when our admin logged in from the new office. She was asleep when it arrived, can we turn these off?",
    "We deleted the duplicate invoice. She then opened the invoice list and it was still there.",
    "I removed the old price list yesterday. Sam logged in at 9 and still saw the old prices.",
    "We paid our staff double overtime for the holiday, how do I set the rate in payroll?",
    "Our old invoices are replaced by the new template when I click reprint, can I keep the old layout?",
    "I replaced all the existing contacts tags with new ones, how do I undo the colour change?",
    "Our bookings are not in the calendar anymore after I filtered by staff member, how do I clear the filter?",
    "Completed jobs are no longer on the list once closed, which is fine, but where do I find them?",
    "There were 3 open tickets this morning and now there are 0, great work!",
    "All of our contact lists are empty in the trial workspace I just created, how do I import?",
    "The merge tool merged 2 contacts which were not duplicates, I split them again already, just so you know.",
    "No one deleted them, they were archived automatically after 90 days like the setting says. How do I unarchive?",
    "Backups page shows nothing for the test workspace which we never used, is that normal?",
    "Our mobile app closes immediately when I tap the logout button, is that intended?",
    "The app opens and closes the side menu when I swipe, can I turn that off?",
    "We get no incoming calls on Sundays since we set the office hours, how do I change the greeting?",
    "We received no incoming chats today, probably because of the holiday. How do I see last month's stats?",
    "The Delete button is greyed out for all users except admins. How do I give managers the right?",
    "Our payments have been dead quiet since the holidays, can you show me how to run a promotion?",
    "We cannot take bookings on Sundays, how do I open Sunday slots?",
  ];
  it.each(NEAR_MISSES)('%s → not Critical', (text) => {
    expect(run(customer(text)).severity).toBeGreaterThan(1);
  });
  it('a hypothetical behind a colon stays hypothetical; "until you fixed it" told the fix', () => {
    expect(run(customer('Hypothetically: our whole database is deleted. How fast can you restore it?')).severity).toBeGreaterThan(1);
    expect(ruleIds(run(thread(['customer', 'Nobody in our company can log in since 8am.'], ['customer', 'We were locked out until you fixed it, thanks a lot.'])))).toContain('resolved-closed');
    expect(ruleIds(run(customer('Payroll paid 30 drivers double their pay. Our lawyer will call unless this is resolved today.')))).not.toContain('resolved-closed');
  });
  it('"Perfect!!! Thanks." is glad; "still not fixed!!" is not', () => {
    expect(ruleIds(run(customer('Perfect!!! Thanks.')))).not.toContain('emotion');
    expect(ruleIds(run(customer("It's still not fixed!! The export fails again.")))).toContain('emotion');
  });
  it('"couriers are unable to work" or "no longer work" is not the rest working', () => {
    for (const after of ['Our couriers are unable to work.', 'The couriers no longer work.', "They aren't able to work."]) {
      expect(run(customer(`Since the update, the app opens and closes within a second on all our phones. ${after}`)).severity).toBe(1);
    }
  });
});

describe('a second probe of the new families (sentences a helper wrote to break them)', () => {
  it.each([
    "We got a new sign-in alert from Manchester yesterday, but that was Priya at the conference; she didn't travel with her usual laptop. Why does it say 'unknown device'?",
    'In our sandbox we can see sample data for other customers in the demo dataset. Is that the seeded data you ship with trials?',
    'Does the public survey link show the recipient list anywhere? I want to be sure before we send it.',
    "The welcome email template has a placeholder that reads 'your password: ...' — can we remove that line?",
    'How do I set up secret scanning so that an API key pushed to a public repository is revoked automatically?',
    'I imported the wrong file into my personal sandbox and it overwrote all the sample contacts. Can you reset the sandbox?',
    'Back in 2022 our payroll paid 40 staff double their wages; you helped us reverse it. Can you send the reversal report?',
    'There were 40 draft invoices this morning and now there are 0, because I approved them all. Where do they show up?',
    'Appointments that were cancelled are no longer in the calendar. Can cancelled ones stay visible?',
  ])('%s → not Critical', (text) => {
    expect(run(customer(text)).severity).toBeGreaterThan(1);
  });
  it.each([
    'Our admin got an email about a sign-in to her account from Singapore at 3am. She was at home in Bristol and has not been anywhere near Asia.',
    'Marta left the firm in April and we deactivated her then. This morning her login appeared in the activity feed approving two purchase orders.',
    'A developer committed our production access key into a repository that turned out to be public on GitHub.',
    'Three of our finance team received authenticator approval requests tonight, and none of them was trying to log in.',
    'None of our phone lines are ringing; our agents have taken no calls since 9:00.',
    "The payroll export sent 300 employees' payments at twice the correct amount this morning.",
  ])('%s → Critical', (text) => {
    expect(run(customer(text)).severity).toBe(1);
  });
});

describe('precision: notes that find nothing wrong, the present state, boilerplate (dev-p1)', () => {
  const webhooks = 'Webhooks to our endpoint fail since Friday for all events.';
  it('an internal note that finds the cause on their side or nothing wrong keeps it in support at Medium', () => {
    expectRoute(thread(['customer', 'Since Tuesday all our users get logged out every 15 minutes.'], ['internal', 'On Tuesday their admin changed the session timeout to 15 minutes. Working as configured.']), 3, 'support');
    expectRoute(thread(['customer', webhooks], ['internal', 'Not a service fault: their firewall rejects our IP ranges since Friday.']), 3, 'support');
    expectRoute(thread(['customer', 'Our dashboard says 0 orders today. Yesterday we had 212.'], ['internal', 'Orders are coming in normally: 187 today. Their saved view points at tomorrow. User error.']), 3, 'support');
    expect(rulesOf(thread(['customer', 'Invoice emails never reach one client.'], ['internal', 'All 4 delivered (250 OK); their mail gateway is holding them in quarantine.']))).toContain('own-config');
  });
  it('near misses: a note that asks, or says it is not user error, changes nothing', () => {
    expect(rulesOf(thread(['customer', webhooks], ['internal', 'Is this not a service fault? Checking the logs.']))).not.toContain('own-config');
    expect(rulesOf(thread(['customer', webhooks], ['internal', 'User error? Checking the logs.']))).not.toContain('own-config');
    expect(rulesOf(thread(['customer', 'Since 4.2 the contact import drops the phone field for everyone.'], ['internal', 'This is not user error: our importer drops the field since 4.2, reproduced.']))).not.toContain('own-config');
  });
  it('"nothing was written" in a note refutes a feared overwrite, but not a loss the log missed', () => {
    const feared = 'I tried to import 4,000 products and it failed at row 1,213. Are the products that were already in the shop now gone or overwritten??';
    expect(rulesOf(feared)).toContain('data-loss');
    expect(rulesOf(thread(['customer', feared], ['internal', 'Validated before commit: nothing was written, existing catalogue unchanged.']))).not.toContain('data-loss');
    expect(run(thread(['customer', 'All 300 contacts in the Leads list are gone since last night.'], ['internal', 'Nothing was written to the audit log when the contacts vanished; sync job 88 deleted them.'])).severity).toBe(1);
  });
  it('the present state said after a past outage closes it; a problem still going on does not', () => {
    expectRoute('Just closing the loop on Tuesday\'s outage. Everything has worked normally since you restored service. Could you send the post-incident report when it is published?', 3, 'support');
    expect(run(customer('Our site has been down for everyone since 9:00. It has been down ever since.')).severity).toBe(1);
    expect(run(customer("The whole site is down for all our customers since 9am. Everything's working for us in the office, but customers get a 503.")).severity).toBe(1);
  });
  it('an out-of-office auto-reply is boilerplate; a real report from someone away is not', () => {
    expect(rulesOf('Thank you for your message. I am out of the office until Monday with no access to email. For urgent matters, including any system outage or security issue, please contact our IT helpdesk.')).toEqual([]);
    expect(run(customer("I'm out of the office this week, but nobody at our company can log in since 8am - total outage.")).severity).toBe(1);
  });
  it('"my colleagues log in fine" narrows a lock-out to one user; a counted group still counts', () => {
    expectRoute("I'm locked out. 'Invalid password' every time, then 'account locked for 15 minutes'. My colleagues log in fine.", 3, 'support');
    expect(run(customer('Six of us in accounts payable are locked out. My colleagues in sales log in fine.')).severity).toBe(2);
    expect(run(customer('Nobody on the night shift can log in since 2am, my colleagues log in fine on the day shift though.')).severity).toBe(1);
  });
  it('colleagues joking that we were hacked is not a report of a hack', () => {
    expect(rulesOf('It works again, thanks. My colleagues were already joking that you had been hacked.')).not.toContain('security');
    expect(run(customer('We think we have been hacked: someone logged in from Russia and changed our payout bank details.')).severity).toBe(1);
  });
});

describe('precision: ideas, planning and news named as such (dev-p1)', () => {
  it('a note finding no unusual access refutes the scare; one that bounds it in time does not', () => {
    expectRoute(thread(['customer', 'The news says billions of passwords leaked. Should we be worried about our accounts with you?'], ['internal', 'Generic news; no sign of any unusual access on this account.']), 3, 'support');
    expect(run(thread(['customer', 'Someone logged into our admin account from Lagos at 3am and exported all contacts.'], ['internal', 'Checked: no sign of any unusual access before 3am; the Lagos session is not ours.'])).severity).toBe(1);
  });
  it('a "Feature request:" label frames what follows; other openings before a colon do not', () => {
    expect(rulesOf('Feature request: the audit log shows edits but not who deleted a record.')).not.toContain('security');
    expect(run(customer('Suggestion: nobody can log in since 9am, please check your SSO.')).severity).toBe(1);
    expect(run(customer('Would be great if you could help: nobody can log in since 9am.')).severity).toBe(1);
  });
  it('"just an idea", "purely for planning" take the scary topic out; an event told beside an idea stays', () => {
    expect(run(customer("Would be great if you could do what GitHub does: detect when one of your API keys shows up in a public repo and revoke it. Nothing leaked on our side, it's just an idea.")).severity).toBe(4);
    expect(run(customer("Our risk register has a line 'SaaS admin account compromised'. Which controls can we switch on to limit that? Nothing has happened, this is purely for planning.")).severity).toBe(4);
    expect(run(customer('Someone logged into our admin account from Lagos and exported all contacts. Just an idea: you could alert on new countries.')).severity).toBe(1);
    expect(run(thread(['customer', 'Could you scan for leaked API keys? It is just an idea.'], ['customer', 'Update: our live API key was pushed to a public GitHub repo on Friday and someone has been calling the API with it.'])).severity).toBe(1);
  });
});

describe('precision: who tried what, wishes, news and plans (dev-p1, second pass)', () => {
  const lockedOut = 'I cannot log in to my account since this morning, it says invalid credentials.';
  it('an agent asking for a password reset is not the basics tried; the customer, a note or an agent telling it done is', () => {
    expectRoute(thread(['customer', lockedOut], ['agent', 'Could you try a password reset from the sign-in page and let me know?']), 3, 'support');
    expectRoute(thread(['customer', lockedOut], ['agent', 'I sent you a password reset link.']), 3, 'support');
    expectRoute(customer(`${lockedOut} I already did a password reset and tried incognito.`), 2, 'l2');
    expectRoute(thread(['customer', lockedOut], ['internal', 'Customer tried a password reset and another browser already.']), 2, 'l2');
    expectRoute(thread(['customer', lockedOut], ['agent', 'I triggered a password reset for you and your account is not locked on our side.']), 2, 'l2');
  });
  it('"and so are 6 others" counts a group; "so are you" does not', () => {
    expectRoute('I am locked out of the portal and so are 6 others.', 2, 'l2');
    expectRoute('I am locked out of the portal and so are you probably.', 3, 'support');
  });
  it('a fix wished for is not a fix told', () => {
    expect(rulesOf('The export button on the reports page does nothing. Would be nice if you fixed this.')).not.toContain('resolved-closed');
    expect(rulesOf('The export button did nothing yesterday. Looks like you fixed it, thanks.')).toContain('resolved-closed');
  });
  it('an outage in the news or in a planned window is a question, not this service down', () => {
    expectRoute('The news says a major cloud provider had an outage this morning. Are you hosted there? Everything works for us.', 4, 'support');
    expect(run(customer('Will the REST API be down during the planned maintenance on Saturday?')).severity).toBeGreaterThanOrEqual(3);
    // Near misses: the customer's own outage told beside the news, and down since a maintenance.
    expect(run(customer('The outage in the news is hitting us too: our site is down since 9am.')).severity).toBe(1);
    expect(run(customer('Our whole site is down since 9am, it is even in the news.')).severity).toBe(1);
    expect(run(customer('Our site has been down since the maintenance last night.')).severity).toBe(1);
  });
  it('what someone asks about before acting ("My client asks: if they delete …, are the hours deleted too?") is a question', () => {
    expect(rulesOf("My client asks: if they delete an ex-employee's user account, are the hours that person logged deleted too, or kept on the projects?")).not.toContain('data-loss');
    expect(rulesOf('All the hours our team logged last week are deleted, the projects show zero.')).toContain('data-loss');
  });
  it('in a how-to, what follows "so we" is the goal; after a failure it is the harm', () => {
    expectRoute("Is there a way to stop the pre-order form on the 22nd at 18:00, so we don't get orders that we cannot bake anymore?", 4, 'support');
    expect(run(customer("The checkout is broken so we don't get orders.")).severity).toBe(1);
  });
  it('"Small one:" and "Minor, just …" are the customer calling it minor; "the minor version" is not', () => {
    expect(rulesOf('Small one: the iPad app crashes if I rotate it on the Settings page. Reopening works fine.')).toContain('minor');
    expect(rulesOf("Minor, just thought you'd want to know: the logo is blurry on the invoice.")).toContain('minor');
    expect(rulesOf('Since the minor version 6.2, the iPad app crashes every time I open an invoice.')).not.toContain('minor');
  });
});

describe('recall: notes that put the cause on our side, part of the data gone, a forward quoted under its headers (read sets)', () => {
  const locked = "Since 06:00 none of our 600 staff can sign in; the SSO screen says 'signature invalid'. Our IdP hasn't changed.";
  it('a note naming our change, or saying their side is unchanged, is not their configuration', () => {
    expect(run(thread(['customer', locked], ['internal', 'Our SAML signing certificate was rotated at 05:45 (change CHG-220); their IdP trusts the old cert.'])).severity).toBe(1);
    expect(run(thread(['customer', locked], ['internal', 'SSO config unchanged on their side per their IdP logs.'])).severity).toBe(1);
    // Near miss: the note finds their own change.
    expect(rulesOf(thread(['customer', 'Since Tuesday all our users get logged out every 15 minutes.'], ['internal', 'Their admin changed the session timeout on Tuesday; their IdP policy forces it. Working as configured.']))).toContain('own-config');
  });
  it('"the records are still there, only the notes are gone" is data lost; "the deals are still there" alone is not', () => {
    expect(run(customer('About 1,300 of our contact notes are missing since last night. The contact records are still there, only the notes are gone.')).severity).toBe(1);
    expect(rulesOf('The deals vanished from the pipeline view, but the deals are still there in search.')).not.toContain('data-loss');
  });
  it('stored values wrong for hundreds of records after a sync is data corrupted; a view after a sync is not', () => {
    expect(run(customer("After last night's sync with our warehouse system, stock levels for about 300 products are negative or wrong.")).severity).toBe(1);
    expect(rulesOf('After the import, 40 products show the wrong category icon in the menu.')).not.toContain('data-loss');
  });
  it('a forward quoted under its own headers is the message; a reply quoting history is not', () => {
    const forward = "From: IT Desk <it@example.com>\nSent: 3 March 11:02\n\n> Several staff got MFA push requests they didn't start this morning, 7 people. One accepted by mistake.\n\nCan you check our tenant audit?";
    expect(run(customer(forward)).destination).toBe('security');
    expect(run(customer("Thanks, that answers it.\n\n> Several staff got MFA push requests they didn't start this morning.")).severity).toBeGreaterThanOrEqual(3);
  });
  it('other tenants in a note: confirmed with two more is several customers; "not seen with other tenants" is none', () => {
    expect(ruleIds(run(thread(['customer', 'Our dashboards show no data since last night.'], ['internal', 'Confirmed with 2 more tenants. Ingestion stopped after the migration.'])))).toContain('widespread');
    expect(ruleIds(run(thread(['customer', 'The dashboard export is slow since Monday.'], ['internal', 'Not seen with other tenants; it is their VPN.'])))).not.toContain('widespread');
  });
});

describe('recall: calm Critical tickets a fresh writer wrote (dev-p2, first contact 64 % / 73 %, 5 labelled Critical below High)', () => {
  it('a payroll run whose submit button stays grey, in non-native English, is payroll blocked', () => {
    expect(run(customer("Good morning, we try to make the payroll of May since yesterday but the button 'Submit run' stay grey and it say 'Validation pending'. The payment day for our 120 employees is Friday.")).severity).toBe(1);
    expect(run(customer('The payroll page has a grey button in the corner, what is it for?')).severity).toBeGreaterThanOrEqual(3);
  });
  it('a removed contractor\'s key still calling an API path is possible unauthorised access', () => {
    const text = 'We removed our former contractor from the account on 2 May. In our integration logs we still see calls to /v1/employees with his key yesterday at 22:14. Is the key maybe still valid?';
    expect(run(customer(text)).destination).toBe('security');
    expect(run(customer('Our developer calls /v1/employees with his key from the staging server. Which rate limit applies?')).severity).toBeGreaterThanOrEqual(3);
  });
  it('another customer\'s job in the app ("That\'s not our customer") is a possible exposure; a record of their own is not', () => {
    const text = "Small thing maybe. Our technician opened his app this morning and there was a job for 'Hartmann Heizung GmbH' with an address in Kassel. That's not our customer and we don't work in Kassel.";
    expect(run(customer(text)).severity).toBe(1);
    expect(run(customer('There was a job for Hartmann Heizung in the app this morning with the wrong address. Can we edit it?')).severity).toBeGreaterThanOrEqual(3);
  });
  it('invoices stuck in Queued that never go out is invoicing blocked; an agent who can see them has no workaround to offer', () => {
    const t = thread(['customer', "Invoices we create since Monday stay in status 'Queued' and never go out to our customers. About 140 so far."], ['agent', "I can see the 140 invoices in Queued on your account and I've raised this with our specialists."]);
    expect(run(t).severity).toBe(1);
    expect(ruleIds(run(t))).not.toContain('workaround');
  });
  it('"other shops on the same version are fine" in a note is other customers, not part of this one\'s orders still working', () => {
    const shop = 'Our shop has had zero orders since yesterday 16:00. Normally 80 a day. We re-saved the checkout settings and cleared cache.';
    expect(ruleIds(run(thread(['customer', shop], ['internal', 'Other shops on the same version are fine. Not reproduced yet.']), RULES_ONLY))).toContain('business-blocked');
    expect(ruleIds(run(customer(`${shop} Our other stores are fine.`), RULES_ONLY))).not.toContain('business-blocked');
  });
  it('"nobody from our company can enter the system" is a sign-in failure for the whole customer', () => {
    expect(run(customer("Since this morning nobody from our company can enter the system, it shows 'Account suspended'.")).severity).toBe(1);
    // One page out of reach is a part of the product blocked (Sev 2), not sign-in.
    expect(run(customer('Since the update, nobody from our team can enter the system settings page, only the main dashboard works.')).severity).toBe(2);
  });
});

describe('precision: word senses, notes and closings a fresh writer used (dev-p2)', () => {
  it('"we hacked together a script", "we hacked the theme CSS" are improvised work; "we were hacked" is not', () => {
    expect(rulesOf('We hacked together a little Python script to push our sites into the platform via the API. After 100 calls it gets HTTP 429.')).not.toContain('security');
    expect(rulesOf("We hacked the theme CSS a bit and now the header covers the first product row. It's only cosmetic.")).not.toContain('security');
    expect(run(customer('We were hacked last night: someone changed our payout bank details.')).severity).toBe(1);
  });
  it('a crash course is training; the app crashing is a crash', () => {
    expect(rulesOf("We're putting together a 2-hour crash course on our safety rules. Can the due date be relative?")).not.toContain('bug');
    expect(rulesOf('The app crashes every time a learner opens the course.')).toContain('bug');
  });
  it('fake orders placed in test mode are test data; fake orders from strangers are a concern', () => {
    expect(run(customer("We've been testing our store for 3 weeks and have ~250 fake orders from 'Test Testerson'. How can I delete all of them?")).severity).toBeGreaterThanOrEqual(3);
    expect(rulesOf('Someone is placing fake orders with stolen cards on our store since last night.')).not.toEqual([]);
  });
  it('news read on LinkedIn is news, not a threat to post there', () => {
    expectRoute("Saw on LinkedIn that CloudPay had a big outage this morning. Is our store checkout affected? We haven't noticed anything.", 4, 'support');
    expect(rulesOf('If this is not fixed today I will post about it on LinkedIn.')).toContain('emotion-senior');
  });
  it('a form\'s question about breach notification is a documentation question', () => {
    expectRoute("Filling in our insurer's cyber questionnaire. Question 14: 'How and within what time would your platform notify you of a data breach affecting your customers?' Can you point me to where this is documented?", 4, 'support');
  });
  it('notes: "changed by their admin", "customer-side browser issue", "documented as unsupported", "not a defect" are their side', () => {
    for (const note of ["Lisbon location time zone is set to 'UTC' (changed by their admin two weeks ago). Setting fix.", "Sam's ad-blocker blocks the video CDN. Customer-side browser issue.", 'Package uses Flash. Documented as unsupported; re-publishing as HTML5 fixes it.', 'Validation for a missing tax code on a new hire. Their data, not a defect.']) {
      expect(rulesOf(thread(['customer', 'Every shift in our rota shows one hour early and learners see a blank page; it won\'t let me finalise.'], ['internal', note]))).toContain('own-config');
    }
    expect(rulesOf(thread(['customer', 'The payroll preview won\'t let me finalise.'], ['internal', 'This is a defect in 4.2, reproduced.']))).not.toContain('own-config');
  });
  it('"Found it, …", "All good, thanks!", "Sorry for the scare!" close the ticket; "I see it, but it fails" does not', () => {
    expect(rulesOf(thread(['customer', 'Is your system down? Nothing loads in the office.'], ['customer', 'Found it, our whole building has no internet - ISP problem.']))).toContain('resolved-closed');
    expect(rulesOf(thread(['customer', 'Two of our techs say their app stopped syncing new jobs.'], ['customer', 'Updated both phones and the jobs came through. All good, thanks!']))).toContain('resolved-closed');
    expect(rulesOf(thread(['customer', 'We see 14 orders this morning with 100% discount codes. Were we hacked??'], ['customer', 'Our intern was testing the new checkout in live mode. Sorry for the scare!']))).not.toContain('security');
    expect(rulesOf('I see it, but the export still fails every time.')).not.toContain('resolved-closed');
  });
  it('"Is something broken with checkout?" asks; "Nobody can pay" after it tells', () => {
    expect(run(customer('Our sales dropped by half this week. Is something broken with checkout?')).severity).toBeGreaterThanOrEqual(3);
    expect(run(customer('Is something broken with checkout? Nobody can pay since 9am.')).severity).toBe(1);
  });
});

describe('precision: forms, asked-about outages, dead flows, misdirected forwards (dev-p2, second pass)', () => {
  it('a form\'s "Impact: Low" is the customer calling it minor', () => {
    expect(rulesOf("Product area: Reports\nImpact: Low\nDescription: CSV export of the 'Completions' report has an empty extra column at the end.")).toContain('minor');
    expect(rulesOf("Product area: Reports\nImpact: High\nDescription: CSV export of the 'Completions' report fails for everyone.")).not.toContain('minor');
    // "Impact: None" on a suggestion form is about the idea, which still goes to Product.
    expect(run(customer('Product: CRM\nType: Suggestion\nImpact: none right now\nDescription: It would be great if pipelines could have per-stage probability.')).destination).toBe('product');
  });
  it('"the abandoned-cart flow is dead" is one module fully stopped; "dead quiet" is not', () => {
    expect(run(customer('The abandoned-cart email flow is dead since Tuesday - zero emails sent, usually around 60 a day. We re-saved it and reconnected the sending domain.')).severity).toBe(2);
    expect(rulesOf('The support queue has been dead quiet since Tuesday, thanks for the new help centre.')).not.toContain('blocked');
  });
  it('"CloudPay outage - are you affected?" and "Sales dropped - is something broken?" ask; an outage of ours told is one', () => {
    expect(run({ subject: 'CloudPay outage - are you affected?', messages: [{ author: 'customer', text: "Saw on LinkedIn that CloudPay had a big outage this morning. We haven't noticed anything." }] }).severity).toBe(4);
    expect(run({ subject: 'Sales dropped - is something broken?', messages: [{ author: 'customer', text: 'Our sales dropped by half this week.' }] }).severity).toBeGreaterThanOrEqual(3);
    expect(run({ subject: 'Outage - our site is down', messages: [{ author: 'customer', text: 'Our whole site is down for all customers since 9am. Are you affected too?' }] }).severity).toBe(1);
  });
  it('a note finding a typo in their CSV, "not a calculation bug", is their side', () => {
    expect(rulesOf(thread(['customer', 'The preview shows Tomasz getting 4x his usual pay.'], ['internal', 'Timesheet import has 80.0 hours instead of 8.0 - typo in their CSV. Not a calculation bug.']))).toContain('own-config');
  });
  it('a supplier in breach of contract is not a legal threat against us; "you are in breach of contract" is', () => {
    expect(rulesOf('Our supplier Lumen Goods is in breach of contract, so we must unpublish their 300 products. Is there a bulk way?')).not.toContain('legal');
    expect(rulesOf('You are in breach of contract and our lawyers are now involved.')).toContain('legal');
  });
  it('"Sorry, forwarded to the wrong address!" over a forward: nothing in it is a report', () => {
    const forward = 'Sorry, forwarded to the wrong address!\n\n----- Forwarded message -----\nFrom: IT Department <it@example.com>\nSubject: IT Newsletter\n\nThis month: report phishing to it@, and the new VPN client is mandatory.';
    expect(rulesOf(forward)).toEqual([]);
    expect(rulesOf('FYI, see below from our IT team.\n\n----- Forwarded message -----\nFrom: IT Department <it@example.com>\n\nWe received a phishing email pretending to be you, asking staff to re-enter their passwords. Two people did.')).not.toEqual([]);
  });
});

describe('recall and precision from dev-aa and dev-ab (first contact 89 % and 80 % exact severity)', () => {
  it('a list counted down to zero, or a deletion "for all 28,412 records" in an audit log, is data lost', () => {
    expect(run(customer('Audience page shows 0 subscribers. We had 28,412 yesterday evening.')).severity).toBe(1);
    expect(rulesOf(thread(['customer', 'Our subscriber list is empty?'], ['internal', 'Audit log: at 03:00 the sync job issued unsubscribe+delete for all 28,412 records. No user action.']))).toContain('data-loss');
    expect(rulesOf(thread(['customer', 'Where did our subscribers go?'], ['internal', 'Subscriber data lost.']))).toContain('data-loss');
    expect(rulesOf('No data lost, I just want to know how to export.')).not.toContain('data-loss');
    expect(rulesOf('The new segment shows 0 subscribers because nobody has joined it yet.')).not.toContain('data-loss');
  });
  it('search results where "at least 6 of them are not our donors" show another customer\'s data', () => {
    const s = run(customer('I searched for Harrison and got 14 results. At least 6 of them are not our donors. I can see their addresses.'));
    expect({ severity: s.severity, destination: s.destination }).toEqual({ severity: 1, destination: 'security' });
    expect(rulesOf('We imported 40 leads; 3 of them are not our customers anymore, so I archived them.')).not.toContain('security');
  });
  it('a session that still works after logout is a vulnerability report (Sev 2, Security)', () => {
    const s = run({ subject: 'Session still valid after logout?', messages: [{ author: 'customer', text: "If you copy the session cookie, log out, and paste the cookie back in another browser, you're logged in again." }] });
    expect({ severity: s.severity, destination: s.destination }).toEqual({ severity: 2, destination: 'security' });
    expect(rulesOf('How long does a session stay valid? We would like people to be logged out after an hour.')).not.toContain('security-concern');
  });
  it('a note explaining the numbers by a documented default keeps a report question in support', () => {
    const s = run(thread(['customer', "The payout report says 41,220 but our orders sum to 43,870. The totals don't match."], ['internal', "Report excludes refunds by default (documented). The 'Include refunds and fees' toggle reconciles it exactly."]));
    expect({ severity: s.severity, destination: s.destination }).toEqual({ severity: 3, destination: 'support' });
  });
  it('"the directory lists them fine", "although total clicks are correct": the data is there, a view is wrong', () => {
    expect(rulesOf("Employees with a dotted-line manager don't appear on the org chart at all. The employee directory lists them fine.")).not.toContain('data-loss');
    expect(rulesOf('The click map shows 0 clicks on every link with UTM parameters, although total clicks are correct.')).not.toContain('data-loss');
  });
  it('our reply saying the app is up refutes "your system is down"; the slowness stays', () => {
    const t = thread(['customer', 'URGENT!!!! Your system is down AGAIN!!! Reports take forever to load.'], ['agent', 'I checked and the app is up; reports do load, but slowly for your account.'], ['customer', "All of them. We can still use it but it's painful."]);
    expect(rulesOf(t)).not.toContain('outage');
    expect(rulesOf(t)).toContain('performance');
    expect(run(t).severity).toBe(3);
    // The customer quoting the status page does not refute their own "down".
    expect(rulesOf(thread(['customer', 'Your whole platform is down for all of our staff.'], ['customer', 'The status page says the service is up, but we still cannot get in.']))).toContain('outage');
  });
  it('support passing "the reproduction to our engineers" is a confirmed defect', () => {
    expect(rulesOf(thread(['customer', 'The click map shows 0 for UTM links.'], ['agent', "I sent a test campaign and see the same. I've passed the reproduction to our engineers."]))).toContain('confirmed-defect');
  });
});

describe('one part, not the whole task (dev-aa and dev-ab, second pass)', () => {
  it('a sentence does not end inside "invoice.paid" or "v2.3": the webhook named there is one integration', () => {
    expect(run(customer('Our ERP stopped accepting your invoice.paid webhooks on Tuesday. The ERP log says the signature header is missing.')).severity).toBe(2);
  });
  it('"the web shop is our only sales channel" keeps one connector failing at Critical', () => {
    const text = 'Since your WooCommerce connector updated to v2.3 yesterday, no orders from our web shop have reached the platform. We reconnected the connector, no change.';
    expect(run(customer(text)).severity).toBe(2);
    expect(run(customer(`${text} The web shop is our only sales channel.`)).severity).toBe(1);
  });
  it("a module showing 'Service unavailable' while the rest works is that module blocked, not the service down", () => {
    const text = "Our nurses have been unable to request shift swaps for four days: the module shows 'Service unavailable'.";
    expect(rulesOf(customer(text))).toContain('outage');
    expect(rulesOf(customer(`${text} Scheduling itself still works.`))).not.toContain('outage');
  });
  it('"others fine" narrows a billing run to the failing template', () => {
    const chat = thread(['customer', "our monthly retainer invoices didn't generate on the 1st. just the ones on the 'Retainer' template. others fine"], ['agent', "The schedule is set to the 1st and active. I also saved it again with no change. I'll escalate this."], ['customer', "ok. we can't bill those 18 clients until it works"]);
    expect(run(chat).severity).toBe(2);
  });
  // With sentences read whole, "99.95% uptime and penalty credits" is one sentence now.
  it('penalty credits in an SLA addendum are a contract term (Low), not a billing ask', () => {
    expect(run(customer('Our legal team drafted an SLA addendum with 99.95% uptime and penalty credits. Who can approve and countersign it? Nothing is wrong with the service.')).severity).toBe(4);
  });
});

describe('context: a fix promised is not a fix made', () => {
  it('"the app will be back up again soon" during an outage leaves it open; "is back up again" closes it', () => {
    const down = 'Your whole platform is down for all of our staff.';
    expect(run(thread(['customer', down], ['agent', 'We are looking into it; the app will be back up again soon.'])).severity).toBe(1);
    expect(run(thread(['customer', down], ['agent', "We'll have it working again by 3pm."])).severity).toBe(1);
    expect(rulesOf(thread(['customer', down], ['agent', 'We found the cause and the app is back up again. Sorry!']))).toContain('resolved-closed');
  });
});

describe('calm Criticals from dev-ac, dev-ad and dev-p3 (first contact: 9, 2 and 5 labelled Critical read below High)', () => {
  const expectCritical = (input: Parameters<typeof run>[0], destination: string) => {
    const s = run(input);
    expect({ severity: s.severity, destination: s.destination }, s.summary).toEqual({ severity: 1, destination });
  };
  it('data lost in calm words: notes gone after a merge, a drawing set no longer in the project, times moved, a column shifted, everyone charged twice, hours shown as zero, a sync that dropped them', () => {
    expectCritical(customer("We ran 'Merge duplicates' yesterday. This morning about 3,000 contacts have no activity notes any more. The contacts themselves are there."), 'engineering');
    expectCritical(customer('The drawing set for Site 3 we uploaded Friday is no longer in the project. Revision history shows nothing, as if never uploaded.'), 'engineering');
    expect(rulesOf(thread(['customer', 'Since our import, appointments show on the wrong day.'], ['internal', 'The stored start times moved by 24h on ~900 records, including ones created before the import.']))).toContain('data-loss');
    expect(rulesOf('Our export of the donor list gives a file where amounts are shifted one column.')).toContain('data-loss');
    expectCritical(customer('It turns out the monthly billing run on the 1st charged everybody twice. 212 members, two charges each.'), 'engineering');
    expect(rulesOf("After yesterday's app update, the hours our contractors entered last week show as 0.00 on the approval screen. The entries are there but the hours are zero.")).toContain('data-loss');
    expect(rulesOf(thread(['customer', "Clients came for appointments they booked online, but we don't have them in the calendar."], ['internal', '93 confirmations with no matching calendar rows. Looks like the sync dropped them.']))).toContain('data-loss');
    // Near misses: a folder moved on purpose, a count that starts at zero, a charge the customer asked to repeat.
    expect(rulesOf('The old reports are no longer in the project because we archived them.')).not.toContain('data-loss');
    expect(rulesOf('New timesheets show as 0.00 until someone enters hours.')).not.toContain('data-loss');
  });
  it('access that should have ended, a takeover by phone, a report Google finds, another customer\'s prices', () => {
    expectCritical(customer('I was removed from the Hartwell project two weeks ago, but I can still open its documents from my dashboard.'), 'security');
    expectCritical(thread(['customer', 'Please change the login email to oakridge.owner@gmail.com.'], ['agent', 'Done, the login email has been updated.'], ['internal', "Real owner just called: she never asked for this and the caller's number doesn't match our records."]), 'security');
    expectCritical(customer("One of our managers googled our company name and found a link to our 'Q3 salary review' report. Opened fine without logging in."), 'security');
    expectCritical(customer('When he logs in, one of our buyers can see the order history and special prices of Parkside Deli, another of our customers.'), 'security');
    expectCritical(customer("This morning a man phoned reception saying he was from your support team and needed our admin code. Now I can't log in as admin and the admin email on the account seems different."), 'security');
    expectCritical(customer("We removed our former contractor, Bill Turner, from the portal on 2 October. Yesterday our owner received an email saying 'Bill Turner downloaded your owner statement'."), 'security');
    expectCritical(customer("Three of our pharmacists received 'new sign-in' emails overnight for logins from Romania and Vietnam. None of them travelled."), 'security');
    expect(rulesOf('I was removed from the project and can no longer open its documents, which is right.')).not.toContain('security');
    expect(rulesOf('The public booking page opens fine without logging in, as we want.')).toEqual(expect.not.arrayContaining(['security']));
  });
  it('"None of the 60 adjusters" is everyone; a COO\'s "please open a ticket with the vendor" over a quoted report forwards it', () => {
    expect(run(customer('None of the 60 adjusters have been able to sign in since Monday evening.')).severity).toBe(1);
    expect(run(customer('From: Ruth Adeyemi, COO\nSent: Tuesday 07:02\n\nTeam, please open a ticket with the vendor.\n\n> From: Claims Ops\n> None of the 60 adjusters have been able to sign in since Monday evening.\n\nThanks, Ruth')).severity).toBe(1);
  });
  it('a form\'s "Workaround: none" is no workaround; "individual tickets OK" narrows it to a part', () => {
    const form = (impact: string) => customer(`Web form\nProduct: Logistics Hub\nImpact: ${impact}\nUsers affected: whole company\nWorkaround: none`);
    expect(run(form('All orders from all our channels not reaching pick lists since 04:00.')).severity).toBe(1);
    expect(rulesOf(form('All orders from all our channels not reaching pick lists since 04:00.'))).not.toContain('workaround');
    expect(rulesOf(customer('Impact: Group school bookings page returns blank; individual tickets OK\nWorkaround: none found'))).not.toContain('business-blocked');
    expect(rulesOf('We checked our Stripe dashboard, Stripe is fine. Checkout still fails for everyone.')).toContain('business-blocked');
  });
});

describe('precision from dev-p3 (first contact: 10 of 75 harmless tickets suggested Sev 1-2)', () => {
  it('"they\'re all there. Panic over." after a scare closes it; a test SMS that arrived is working again', () => {
    expect(run(thread(['customer', 'Half our orders from last month are MISSING from the orders page!!'], ['agent', "Your Orders page has a saved filter 'Last 7 days'. Clear it and all orders show."], ['customer', "Oh. Yes they're all there. Panic over."])).severity).toBe(4);
    expect(rulesOf(thread(['customer', 'Our SMS reminders stopped this week.'], ['agent', 'Your sender number expired; renew it in Settings.'], ['customer', 'Renewed it, test SMS arrived. Sorry, my bad!']))).toContain('resolved-closed');
    expect(rulesOf(thread(['customer', 'Our SMS reminders stopped this week.'], ['customer', 'Is it a false alarm? They still have not arrived.']))).not.toContain('resolved-closed');
  });
  it('"Downgrade - do we lose data?" asks; a vendor "down for maintenance this Saturday" is planned', () => {
    expect(run({ subject: 'Downgrade - do we lose data?', messages: [{ author: 'customer', text: 'If we downgrade next month, are the courses above the limit deleted or just locked?' }] }).severity).toBe(4);
    expect(run(customer('Our reference lab emailed that their system is down for maintenance this Saturday 2-6am. Will our results integration catch up afterwards?')).severity).toBe(4);
    expect(run(customer('Your system is down for all of our staff since this morning.')).severity).toBe(1);
  });
  it('a phishing awareness course is a topic; a forward ending "sorry, forwarded to the wrong address" is not for us', () => {
    expect(rulesOf("We're building a phishing awareness course for staff. How do I embed a video?")).not.toContain('security-concern');
    expect(rulesOf('We got a phishing email pretending to be you, asking for our card details.')).toContain('security-concern');
    expect(rulesOf('---------- Forwarded message ---------\nFrom: PackRight Labels <news@packright.example>\n\nOur firmware 3.2 fixes a critical vulnerability. Please update.\n\n(sorry, forwarded to the wrong address, please ignore)')).toEqual([]);
  });
  it('"URGENT!!! SYSTEM DOWN" over "It\'s cosmetic I know" is the cosmetic change', () => {
    const s = run({ subject: 'URGENT!!! SYSTEM DOWN', messages: [{ author: 'customer', text: "The font on our receipts changed to something ugly after your update. Everything else works. It's cosmetic I know but I want it back TODAY." }] });
    expect(s.severity).toBe(4);
    expect(run({ subject: 'SYSTEM DOWN', messages: [{ author: 'customer', text: 'Nobody can open the app since 9am.' }] }).severity).toBe(1);
  });
});

describe('the last of dev-ac and dev-ad: stuck modules, partial sends, a quoted report, a "minor" taken back', () => {
  it("a module that \"has shown 'Loading…' forever\", \"we can't do our weekly client reporting at all\" is blocked", () => {
    expect(rulesOf("The Reports module has shown 'Loading…' forever since Monday. Every report.")).toContain('blocked');
    expect(rulesOf("We can't do our weekly client reporting at all.")).toContain('blocked');
    expect(rulesOf('The page shows Loading… for a second, then the report appears.')).not.toContain('blocked');
  });
  it('"is empty. 0 segments. Yesterday it was 410 000 segments." is data lost', () => {
    expect(run(customer('After the nightly sync, our translation memory for FR, DE and IT is empty. 0 segments. Yesterday it was 410 000 segments.')).severity).toBe(1);
  });
  it('an integration that "still does not push tenders" under a quoted mail header is read, one carrier of many', () => {
    const text = "From: Bill Hanley (VP Ops)\nSent: Monday 16:20\n\nSupport, I'm copying our CEO.\n\n> From: Dispatch\n> Sent: Friday\n> The JB Hunt integration still does not push tenders. Other carriers OK.\n\nBill";
    expect(rulesOf(customer(text))).toContain('blocked');
    expect(run(customer(text)).severity).toBe(2);
  });
  it('"Subject says minor but honestly it isn\'t" takes the word back', () => {
    const t = { subject: 'minor thing with reminders', messages: [{ author: 'customer' as const, text: "Subject says minor but honestly it isn't: SMS reminders stopped going out for our 3 clinics since Friday. Email reminders still go." }] };
    expect(rulesOf(t)).not.toContain('minor');
    expect(rulesOf({ subject: 'minor thing', messages: [{ author: 'customer' as const, text: 'The reminder text has a typo.' }] })).toContain('minor');
  });
  it('a campaign that "only reaches ~40% of contacts" is a failure, not nothing', () => {
    expect(rulesOf("Campaign to segment 'VIP' only reaches ~40% of contacts. We rebuilt the segment; same.")).toContain('bug');
  });
});

describe('calm Criticals from dev-ae (first contact 74 % / 72 %, 7 labelled Critical read below High)', () => {
  it('a removed user\'s credential at work, in any verb form and either order', () => {
    expect(rulesOf('We have removed the user Petra Lind on 3 March. But in the log I see her API token make requests last night at 01:10.')).toContain('security');
    expect(rulesOf('The contractor left the company in May; his key still active and calling the orders endpoint every hour.')).toContain('security');
    expect(rulesOf('We deactivated Tom last Friday. He still logs in every morning, I can see it in the activity page.')).toContain('security');
    // Removed as admin only: the account is meant to keep working.
    expect(rulesOf('We removed Anna as admin yesterday. Her account still works for bookings, which is what we wanted.')).not.toContain('security');
    expect(rulesOf('We removed the old user yesterday. Then she logged in with her new account and all is fine.')).not.toContain('security');
  });
  it('records of people the customer does not know, shown in their own app or export', () => {
    expect(rulesOf('Our staff list this morning shows employees from a company called Northgate Plumbing. We have never had these people.')).toContain('security');
    expect(rulesOf('The patient export I ran has 90 rows of patients with addresses in Leeds, and we only operate in Cardiff.')).toContain('security');
    expect(rulesOf('The contacts page lists contacts from Germany. We don\'t know these people at all.')).toContain('security');
    // Context about the customer's own market is not a foreign record.
    expect(rulesOf('The export shows rows of customers from last year. We only sell in Canada so the currency should be CAD.')).not.toContain('security');
    expect(rulesOf('The report lists invoices from March. We don\'t know how to filter them by client.')).not.toContain('security');
  });
  it('a sign-in link meant for somebody else that works; an intruder in the account; payout details changed by nobody here', () => {
    expect(rulesOf('We received a login link addressed to Ms. Okafor of Riverside Physio. We are Summit Dental. The link works, I stopped there.')).toContain('security');
    expect(rulesOf('The reset link sent to Maria works now, thanks.')).not.toContain('security');
    expect(rulesOf('Sorry my english. Somebody has entered in our account on Sunday and deleted two users.')).toContain('security');
    expect(rulesOf('If someone got into our account, would we see it in the audit log?')).not.toContain('security');
    expect(rulesOf('Last night the IBAN for our driver payouts was changed to a different bank. We did not do this. The run is Thursday.')).toContain('security');
    expect(rulesOf('We changed the bank account for payouts on Monday, but Friday\'s payout still went to the old one.')).not.toContain('security');
  });
  it('data overwritten with another record\'s values; a board that shows nothing for the whole customer', () => {
    expect(run(customer('After the dedupe run, around 2,300 customers now have the email addresses of other customers.')).severity).toBe(1);
    expect(rulesOf('Since the merge the delivery addresses are all swapped between our regular clients.')).toContain('data-loss');
    expect(rulesOf('Our contacts have phone numbers from different countries, can the list sort by country code?')).not.toContain('data-loss');
    expect(run(customer("Our whole dispatch board has shown 'No jobs' since 7am for all 9 depots, though jobs were booked.")).severity).toBe(1);
    expect(run(customer('The search shows no results when I type a name with an accent.')).severity).toBe(3);
  });
  it('"all our saved X are gone", records showing the wrong person after a migration, "no claims can be submitted"', () => {
    expect(rulesOf('Since the 4.2 release this morning all our saved quotes are gone. 60 of them.')).toContain('data-loss');
    expect(rulesOf('Thanks, all the errors are gone since your fix.')).not.toContain('data-loss');
    expect(rulesOf('After the import on Sunday a few patient records show the wrong date of birth.')).toContain('data-loss');
    expect(rulesOf('After the update the page shows the wrong date format.')).not.toContain('data-loss');
    expect(rulesOf('Impact: no invoices can be issued for any client\nSince: 08:00')).toContain('business-blocked');
    expect(rulesOf('No claims can be edited once they are sent to the payer. Where do I correct a typo?')).not.toContain('business-blocked');
  });
});

describe('breadth: the others are not the ones affected (dev-p4)', () => {
  it('"the other 14 staff signed in fine" counts nobody as affected; "14 staff cannot sign in" does', () => {
    const one = run(thread(['customer', "I can't log in to the permit portal admin, it just spins."], ['internal', 'Checked: the other 14 staff at the same council signed in fine in the last hour.']), RULES_ONLY);
    expect(ruleIds(one)).not.toContain('widespread');
    expect(ruleIds(one)).not.toContain('login-widespread');
    const many = run(customer('Since this morning 14 staff at the council cannot sign in to the permit portal.'), RULES_ONLY);
    expect(ruleIds(many)).toContain('login-widespread');
  });
});

describe('context and verb forms: what is asked, heard or nearly happened; the same events in other words (dev-p4, probes)', () => {
  const levelOf = (input: Parameters<typeof run>[0]) => run(input, RULES_ONLY).severity;
  it('a condition asked about ("If X is down, …?") is not the failure; the same words told are', () => {
    expect(levelOf(customer('If the clearing house is down, no invoices can be issued – does your app hold them until it is back?'))).toBeGreaterThanOrEqual(3);
    expect(levelOf(customer('In case the card terminal goes offline, can our staff still take payments?'))).toBeGreaterThanOrEqual(3);
    expect(levelOf(customer('Since 9am no invoices can be issued at all. If this goes on, what should we tell our accountant?'))).toBeLessThanOrEqual(2);
    expect(rulesOf('If I open the invoice page, it crashes every time.')).toContain('bug');
  });
  it('an "outage window" or "downtime window" is a plan, not an outage', () => {
    expect(rulesOf('Can the maintenance plan show which gearbox jobs stretch the outage window?')).not.toContain('outage');
    expect(rulesOf('We need to agree a downtime window for the upgrade next month.')).not.toContain('outage');
    expect(rulesOf('The outage started an hour ago and our shipping window closes at five.')).toContain('outage');
  });
  it('a sign-in alert the customer says was their own is no security event', () => {
    expect(rulesOf("I got a 'suspicious sign-in from Chrome on Windows' email this morning. That was me, on my new laptop.")).not.toContain('security');
    expect(rulesOf("We had a 'suspicious login from Lisbon' alert. It was our sales manager, she is at a trade fair there.")).not.toContain('security');
    expect(rulesOf("I got a 'suspicious sign-in from Chrome on Windows' email this morning. That was not me, nobody here uses Windows.")).toContain('security');
  });
  it('news about another company is not an incident here; the customer\'s own data in it is', () => {
    expect(rulesOf('I read that another booking app leaked its clients\' data. Do you share hosting with them?')).not.toContain('security');
    expect(rulesOf('Heard that a rival CRM was hacked last week. Are we safe with you?')).not.toContain('security');
    expect(rulesOf('I read on a forum that our client list has leaked and is being sold.')).toContain('security');
  });
  it('a leak told in the present perfect, an export from an unknown address (found writing the tests above)', () => {
    expect(rulesOf('Our client list has leaked and is being sold on a forum.')).toContain('security');
    expect(rulesOf('Someone exported all our contacts at 3am from an unknown IP.')).toContain('security');
    expect(rulesOf('The worker has leaked memory all week, the server is slow.')).not.toContain('security');
    expect(rulesOf('We exported all contacts from the old CRM into yours.')).not.toContain('security');
  });
  it('other verb forms of the same events: a leaver acting after leaving, the account "used to" send spam, a stranger with the admin password', () => {
    expect(rulesOf('An employee who left in March logged in yesterday and downloaded the client list.')).toContain('security');
    expect(rulesOf('The colleague who left in March used to export the reports. Who does it now?')).not.toContain('security');
    expect(rulesOf('Our account was used to send thousands of spam emails last night, not by us.')).toContain('security');
    expect(rulesOf('Our account was used to send the newsletter, it went fine.')).not.toContain('security');
    expect(rulesOf('A stranger has our admin password, he emailed us a screenshot of our dashboard.')).toContain('security');
    expect(rulesOf('Someone has our password reset link? How do I set up 2FA?')).not.toContain('security');
    expect(rulesOf('Credit notes are being issued to the wrong customers automatically.')).toContain('security');
    expect(rulesOf('Files our clients upload are ending up in another client\'s folder.')).toContain('security');
    expect(rulesOf('The upload is ending up in the wrong folder of our own drive.')).not.toContain('security');
    expect(rulesOf("The report builder lets any user see the whole company's payroll.")).toContain('security');
    expect(rulesOf('Your settings let every user edit their own profile photo.')).not.toContain('security');
  });
  it('a loss that nearly happened, or one item the customer deleted by mistake, is no data lost', () => {
    expect(rulesOf('We almost lost a day of timesheets in March, luckily there was a backup. How often do you back up?')).not.toContain('data-loss');
    expect(rulesOf('Almost all our data is gone since the update.')).toContain('data-loss');
    expect(rulesOf('I accidentally deleted one invoice draft, can you bring it back?')).not.toContain('data-loss');
    expect(rulesOf('The export deleted one invoice and now the totals are wrong.')).toContain('data-loss');
    expect(rulesOf('We accidentally deleted all 300 contacts with the bulk tool, please restore them.')).toContain('data-loss');
  });
  it('"all wards" of a hospital is the whole customer', () => {
    expect(rulesOf('The medication schedule page shows blank for all wards.')).toContain('widespread');
  });
  it('a forwarded warning "no action needed from us" asks for nothing', () => {
    const forward = '---------- Forwarded message ---------\nFrom: Retailers Guild <news@guild.example>\nSubject: Phishing alert\n\nMembers report phishing emails posing as card terminal vendors.\n\n(forwarding in case it is useful, no action needed on our side)';
    expect(levelOf(customer(forward))).toBe(4);
    expect(rulesOf('Three of our staff got a phishing email posing as you and one entered her password.')).not.toEqual([]);
  });
  it('"That worked!" after the agent\'s steps closes the problem; "that worked for an hour" does not', () => {
    const steps = ['agent', "Please reconnect Google and tick 'See and edit calendars'."] as const;
    const closed = ruleIds(run(thread(['customer', 'Calendar sync has been stuck since Monday, for my account only.'], [...steps], ['customer', 'That worked!']), RULES_ONLY));
    expect(closed).toContain('resolved-closed');
    expect(closed).not.toContain('blocked');
    const back = ruleIds(run(thread(['customer', 'Calendar sync has been stuck since Monday, for my account only.'], [...steps], ['customer', 'That worked for an hour, now it is stuck again.']), RULES_ONLY));
    expect(back).not.toContain('resolved-closed');
    expect(back.some((id) => id === 'bug' || id === 'blocked')).toBe(true);
  });
});
