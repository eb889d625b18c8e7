import type { FastifyInstance } from 'fastify';
import { SavedView, SavedViewParams, type SavedViewCreated } from '../../../graph/model/saved-view.ts';
import { ApiError } from '../errors.ts';
import type { ViewStore } from '../views/view-store.ts';
import { validate } from './validate.ts';

export function viewRoutes(app: FastifyInstance, store: ViewStore): void {
  app.post('/api/views', async (request, reply): Promise<SavedViewCreated> => {
    const view = validate(SavedView, request.body, 'saved view');
    const id = await store.save(view);
    void reply.status(201);
    return { id, path: `/v/${id}` };
  });

  app.get('/api/views/:id', async (request): Promise<SavedView> => {
    const { id } = validate(SavedViewParams, request.params, 'saved view id');
    const view = await store.load(id);
    if (!view) throw new ApiError(404, 'not-found', `No saved view ${id}: the link may come from another Resograph server`);
    return view;
  });
}
