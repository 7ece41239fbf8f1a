import { SelectInput } from 'react-admin';
import { choicesOf } from '../format/choices';
import { DELIVERY_CHANNEL_NAMES, DELIVERY_STATUS_NAMES, NOTIFICATION_KIND_NAMES } from '../format/delivery';

/** Filters of the deliveries screen: status (Dead: the ones to retry), kind and channel. */
export const deliveryFilters = [
  <SelectInput key="status" source="status" label="Status" choices={choicesOf(DELIVERY_STATUS_NAMES)} alwaysOn />,
  <SelectInput key="kind" source="kind" label="Kind" choices={choicesOf(NOTIFICATION_KIND_NAMES)} alwaysOn />,
  <SelectInput key="channel" source="channel" label="Channel" choices={choicesOf(DELIVERY_CHANNEL_NAMES)} alwaysOn />,
];
