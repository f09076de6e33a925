/** The pipeline version written into every document; a test keeps it equal to package.json. */
export const PIPELINE_VERSION = '0.1.0';
export const SCHEMA_ID = 'presslens/annotation@1';
