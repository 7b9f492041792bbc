import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface HealthReport {
  status: 'ok' | 'unavailable';
  database: 'reachable' | 'unreachable';
  detail?: string;
}

@Injectable()
export class HealthService {
  constructor(private readonly dataSource: DataSource) {}

  async check(): Promise<HealthReport> {
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok', database: 'reachable' };
    } catch {
      return {
        status: 'unavailable',
        database: 'unreachable',
        detail: 'The database is not reachable; Ladder cannot read or save records until it is.',
      };
    }
  }
}
