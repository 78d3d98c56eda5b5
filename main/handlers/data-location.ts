// "Data folder" in Settings and the missing-folder notice: each answers where the data is now.
import type { DataLocationService } from '../services/data-location/data-location';
import { defineHandlers } from './define';

export function dataLocationHandlers({ location }: { location: DataLocationService }) {
  return defineHandlers({
    'dataFolder:get': () => location.location(),
    'dataFolder:move': () => location.move(),
    'dataFolder:openOther': () => location.openOther(),
    'dataFolder:openOffered': () => location.openOffered(),
    'dataFolder:show': async () => {
      await location.show();
      return { opened: true as const };
    },
    'dataFolder:removeOldCopy': () => location.removeOldCopy(),
    'dataFolder:lookAgain': () => location.lookAgain(),
    'dataFolder:useDefault': () => location.useDefault(),
  });
}
