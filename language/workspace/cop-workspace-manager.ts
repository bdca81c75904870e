import type { LangiumSharedCoreServices } from 'langium';
import { DefaultWorkspaceManager } from 'langium';

/**
 * Loads every plan of the workspace folders at start-up and validates them all, so the
 * Problems panel lists issues in plans nobody has opened yet (as tsc and eslint do).
 */
export class CopWorkspaceManager extends DefaultWorkspaceManager {
    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.initialBuildOptions = { validation: true };
    }
}
