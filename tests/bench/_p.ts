import { defaultPolicy } from '../../src/policy/defaults';
import { suggest } from '../../src/triage';
import { rng } from '../rng';
const S = ['Hi team, since this morning our invoices are not sending to any client.','We tried Chrome and Edge and cleared the cache, same result.','The export to CSV spins for a while and then says something went wrong.','Nobody in the Chicago office can log in, other offices seem fine.','Could you tell me how to add a second admin to our workspace?','This is the third time this month and honestly it is unacceptable.','For now we are entering the orders manually, which works but is slow.','Our finance team closes the month on Friday so we need this sorted.',"Last week's outage was resolved quickly, thanks for that.",'The dashboard takes about 40 seconds to load for the whole team.','No data was lost as far as we can tell, but the totals look off.','I got a password reset email I did not ask for, is that expected?','It would be great if the report builder could group by two fields.','The logo on the client portal looks stretched on mobile devices.','We are on the enterprise plan and our renewal is coming up in January.','Attached are the request ids and a screenshot of the error message.'];
function para(r:()=>number,n:number){const p:string[]=[];let s=0;while(s<n){const x=S[Math.floor(r()*S.length)]!;p.push(x);s+=x.length+1;if(r()<0.15){p.push('\n\n');s+=2}}return p.join(' ').slice(0,n)}
const r=rng(42);
const t:any={subject:'Invoices not sending since this morning',messages:[{author:'customer',text:para(r,1900)+'\n\nThanks,\nDana'}],requester:{org:'Pike',plan:'business'},tags:['billing']};
const big = process.argv[2]==='big';
if (big){ const r2=rng(7); const m:any[]=[]; let s=0,i=0; while(s<50000){const a=i%4===3?'internal':i%2===0?'customer':'agent'; const x=para(r2,900+Math.floor(r2()*1200)); m.push({author:a,text:x}); s+=x.length;i++} t.messages=m; }
for(let i=0;i<50;i++) suggest(t, defaultPolicy, {now:Date.now(),history:[]} as any);
const N= big? 300: 3000; const t0=performance.now();
for(let i=0;i<N;i++) suggest(t, defaultPolicy, {now:Date.now(),history:[]} as any);
console.log(((performance.now()-t0)/N).toFixed(3),'ms');
