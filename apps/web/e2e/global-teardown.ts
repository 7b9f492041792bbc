import { stopTestDatabaseServer } from '../../api/test/test-database';

export default stopTestDatabaseServer;
