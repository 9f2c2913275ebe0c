import { useQuery } from '@tanstack/react-query';
import { useChange } from '../../../lib/api-hooks';
import { api, data, type Schemas } from '../../../lib/client';

export type BackupStatus = Schemas['BackupStatus'];

const BACKUP_KEY = ['backups', 'latest'] as const;

export const useLatestBackup = () =>
  useQuery({
    queryKey: BACKUP_KEY,
    queryFn: ({ signal }) => data(api.GET('/api/v1/backups/latest', { signal })),
  });

export const useBackUpNow = () => useChange([BACKUP_KEY], () => data(api.POST('/api/v1/backups')));
