import { Box } from '@mui/material';
import { BusyNotice } from '@caregraph/client-kit/busy';

/**
 * The kit's "busy, trying again" notice in the dashboard's look: a quiet grey bar above the screen,
 * not an alert (nothing is wrong that the admin must act on), and not a snackbar that would cover content.
 */
export function AdminBusyNotice() {
  return (
    <Box sx={{ '& .busy-notice': { m: 0, mt: 1, px: 2, py: 1, borderLeft: 6, borderColor: 'grey.600', bgcolor: 'grey.100', color: 'text.primary', typography: 'body2' } }}>
      <BusyNotice className="busy-notice" />
    </Box>
  );
}
