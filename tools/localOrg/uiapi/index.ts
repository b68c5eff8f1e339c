/**
 * What Lightning components use of the local org: the UI API GraphQL endpoint
 * (`lightning/graphql`), object info and picklist values (`lightning/uiObjectInfoApi`) and
 * record create/update/read (`lightning/uiRecordApi`).
 */
import type { Route } from '../context';
import { graphqlRoutes } from './graphqlRoute';
import { objectInfoRoutes } from './objectInfo';
import { recordRoutes } from './records';

export const uiapiRoutes: Route[] = [...graphqlRoutes, ...objectInfoRoutes, ...recordRoutes];

export { buildGraphqlSchema, graphqlSchemaOf } from './graphqlSchema';
export { MASTER_RECORD_TYPE_ID } from './objectInfo';
