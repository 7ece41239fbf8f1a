import { ConnectionType } from '@caregraph/runtime';
import { RiskFlag } from './risk-flag.entity';

/** `RiskFlagConnection` / `RiskFlagEdge`: a page of risk flags. */
export const RiskFlagConnection = ConnectionType(RiskFlag, 'RiskFlag');
export type RiskFlagConnection = InstanceType<typeof RiskFlagConnection>;
