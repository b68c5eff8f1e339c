/** Every REST resource of the local org, in matching order (specific paths first). */
import { json, type Route } from '../context';
import { bulkRoutes } from './bulk';
import { describeRoutes } from './describe';
import { limitsRoutes } from './limits';
import { queryRoutes } from './query';
import { sobjectRoutes } from './sobjects';
import { uiapiRoutes } from '../uiapi';

/** `GET /services/data/vNN.N/`: the resources this version offers, as an org lists them. */
const resources: Route = {
    method: 'GET',
    pattern: /^\/?$/,
    handler: (_org, request) =>
        json(
            200,
            Object.fromEntries(
                ['sobjects', 'query', 'queryAll', 'limits', 'composite', 'jobs'].map((name) => [
                    name,
                    `${request.base}/${name}`
                ])
            )
        )
};

export const ROUTES: Route[] = [
    resources,
    ...queryRoutes,
    ...describeRoutes,
    ...sobjectRoutes,
    ...limitsRoutes,
    ...bulkRoutes,
    ...uiapiRoutes
];

export { batchSizeOf } from './query';
