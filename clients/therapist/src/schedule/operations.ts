import { graphql } from '../gql';

// The therapist's diary rules (bookings' `Therapist.schedule`) and the free times clients are offered
// (`Therapist.availability`, the very field the client app's slot picker asks).

export const SCHEDULE_FIELDS = graphql(`
  fragment OwnSchedule on Schedule {
    timeZone
    weeklyHours {
      weekday
      start
      end
      formats
    }
    dateOverrides {
      date
      ranges {
        start
        end
      }
    }
    bufferBeforeMinutes
    bufferAfterMinutes
    minimumNoticeMinutes
    bookingWindowDays
    sessionMinutes
    requiresConfirmation
    cancellationCutoffHours
    updatedAt
    version
  }
`);

export const MY_SCHEDULE = graphql(`
  query TherapistOwnSchedule {
    me {
      id
      therapistProfile {
        id
        status
        listed
        sessionFormats
        sessionMinutes
        schedule {
          ...OwnSchedule
        }
      }
    }
  }
`);

export const SET_SCHEDULE = graphql(`
  mutation TherapistSetSchedule($therapistId: ID!, $expectedVersion: Int, $input: ScheduleInput!) {
    setTherapistSchedule(therapistId: $therapistId, expectedVersion: $expectedVersion, input: $input) {
      ...OwnSchedule
    }
  }
`);

export const AVAILABILITY_PREVIEW = graphql(`
  query TherapistAvailabilityPreview($id: ID!, $from: DateTime!, $to: DateTime!, $format: SessionFormat) {
    therapist(id: $id) {
      id
      availability(from: $from, to: $to, format: $format) {
        startsAt
        endsAt
      }
    }
  }
`);
