/** The Metadata API schema of the package's API version, and the check of files against it. */
export { ENUMERATIONS, SCHEMA_API_VERSION, SCHEMA_TYPES } from './schema62';
export type { SchemaType } from './schema62';
export { LENGTH_LIMITS } from './limits';
export type { LengthLimit } from './limits';
export { formatSchemaProblem, validateMetadataXml } from './validate';
export type { SchemaProblem } from './validate';
export { parseOrderedXml, OrderedXmlError } from './orderedXml';
export type { XmlNode } from './orderedXml';
