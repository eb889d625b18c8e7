import type { Health } from '../../../../graph/model/health.ts';
import { getJson } from '../api/client.ts';

/** What the header shows about the database: loading, its version and counts, or why it cannot be reached. */
export class ServerStatus {
  health = $state<Health | null>(null);
  error = $state<string | null>(null);
  loading = $state(true);

  async refresh(): Promise<void> {
    this.loading = true;
    try {
      this.health = await getJson<Health>('/api/health');
      this.error = null;
    } catch (error) {
      this.health = null;
      this.error = (error as Error).message;
    } finally {
      this.loading = false;
    }
  }
}
