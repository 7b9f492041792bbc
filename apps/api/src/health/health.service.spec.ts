import type { DataSource } from 'typeorm';
import { strictMock } from '../../test/support/strict-mock';
import { HealthService } from './health.service';

describe('HealthService (database mocked)', () => {
  it('is ok when the database answers', async () => {
    const dataSource = strictMock<DataSource>('DataSource');
    dataSource.query.mockResolvedValue([{ '?column?': 1 }]);
    await expect(new HealthService(dataSource).check()).resolves.toEqual({ status: 'ok', database: 'reachable' });
    expect(dataSource.query).toHaveBeenCalledWith('SELECT 1');
  });

  it('is unavailable, saying why in words and leaking nothing of the error, when it does not', async () => {
    const dataSource = strictMock<DataSource>('DataSource', {
      query: async () => {
        throw new Error('connect ECONNREFUSED 10.0.0.5:5432 password authentication failed for user "ladder"');
      },
    });
    const report = await new HealthService(dataSource).check();
    expect(report).toEqual({
      status: 'unavailable',
      database: 'unreachable',
      detail: 'The database is not reachable; Ladder cannot read or save records until it is.',
    });
  });
});
