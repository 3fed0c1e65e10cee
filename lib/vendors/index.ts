/**
 * THE list of vendor adapters. Adding a vendor = one file here + one line in ADAPTERS + its
 * signature in signatures.ts + a fixture in tests/fixtures/vendors/<id>/; tests/vendors/registry.test.ts
 * fails if any of them is missing.
 */
import amazonConnect from './amazon-connect';
import chatwoot from './chatwoot';
import crisp from './crisp';
import drift from './drift';
import dynamics365 from './dynamics365';
import freshchat from './freshchat';
import { generic } from './generic';
import genesys from './genesys';
import gladly from './gladly';
import gorgias from './gorgias';
import helpscout from './helpscout';
import hubspot from './hubspot';
import intercom from './intercom';
import livechat from './livechat';
import liveperson from './liveperson';
import olark from './olark';
import salesforce from './salesforce';
import salesforceMiaw from './salesforce-miaw';
import tawk from './tawk';
import tidio from './tidio';
import twilioFlex from './twilio-flex';
import type { VendorAdapter } from './types';
import zendesk from './zendesk';
import zendeskMessaging from './zendesk-messaging';
import zohoSalesiq from './zoho-salesiq';

export const ADAPTERS: readonly VendorAdapter[] = [
  amazonConnect,
  chatwoot,
  crisp,
  drift,
  dynamics365,
  freshchat,
  genesys,
  gladly,
  gorgias,
  helpscout,
  hubspot,
  intercom,
  livechat,
  liveperson,
  olark,
  salesforce,
  salesforceMiaw,
  tawk,
  tidio,
  twilioFlex,
  zendesk,
  zendeskMessaging,
  zohoSalesiq,
];

export { generic };

export function adapterById(id: string): VendorAdapter | undefined {
  return id === 'generic' ? generic : ADAPTERS.find((a) => a.id === id);
}
