import type { AstNode, FileSystemProvider, LangiumDocument, MaybePromise, URI } from 'langium';
import { Cancellation, DefaultDocumentBuilder, DocumentState, isOperationCancelled, OperationCancelled } from 'langium';
import { namingTheDocument } from './document-phase-error.js';
import { isVanished } from './cop-document-factory.js';
import type { PlanFile } from '../generated/ast.js';
import { planOf } from '../model/plan-queries.js';
import type { CopSharedCoreServices } from '../cop-core-module.js';
import type { CopIndexManager } from './cop-index-manager.js';
import { DocumentWaits, WorkspaceWaits } from './request-waits.js';
import { PendingChanges, SETTLE_MS, settle } from './pending-changes.js';

/** How many updates started within SETTLE_MS make a burst. */
const BURST_UPDATES = 5;
import { AnnouncedChanges } from './announced-changes.js';

/**
 * Langium re-links a plan when a plan it refers to changes. Some checks also look the other
 * way: whether a value is delivered, or an indicator used, may depend on plans that refer
 * *to* it. So when a plan changes, the plans it referred to before the change, and the plans
 * it names as `Plan.` qualifiers now, are re-checked too; and so are the plans called as the
 * changed plans were or are now called (two plans of a folder may not share a name).
 */
export class CopDocumentBuilder extends DefaultDocumentBuilder {
    private referredByChanged = new Set<string>();
    private readonly pending = new PendingChanges();
    /** Whether the last update was overtaken by a newer change before it ended. */
    private overtaken = false;
    /** When the last few updates started (ms), for bursts of updates that each end before the next change is read. */
    private readonly starts: number[] = [];

    /**
     * Whether changes are coming in a burst (a paste, a replace-all, a tool's edits): the last
     * update was overtaken, or BURST_UPDATES updates started within SETTLE_MS (in a small plan
     * each one ends before the next change is read). Then the update waits for the changes to
     * settle; a keystroke's update starts at once.
     */
    private inBurst(now = Date.now()): boolean {
        this.starts.push(now);
        if (this.starts.length > BURST_UPDATES) this.starts.shift();
        return this.overtaken || (this.starts.length === BURST_UPDATES && now - this.starts[0] < SETTLE_MS);
    }
    /** Changes sent by the editor whose update has not started (announced-changes.ts). */
    readonly announced = new AnnouncedChanges();
    private readonly waits = new DocumentWaits();
    private readonly workspaceWaits = new WorkspaceWaits();
    /** 'any' when a changed file's new plan name is unknown (changed on disk, not open). */
    private changedPlanNames: Set<string> | 'any' = new Set<string>();
    private readonly fileSystem: FileSystemProvider;
    /** Langium's `indexManager`, typed as ours (which knows the plans a plan refers to). */
    private readonly copIndex: CopIndexManager;

    constructor(services: CopSharedCoreServices) {
        super(services);
        this.fileSystem = services.workspace.FileSystemProvider;
        this.copIndex = services.workspace.IndexManager;
    }

    /**
     * Each phase of each document, with a failure naming the document (document-phase-error.ts);
     * then the requests waiting for the workspace to reach the phase are answered.
     */
    protected override async runCancelable(
        documents: LangiumDocument[],
        targetState: DocumentState,
        cancelToken: Cancellation.CancellationToken,
        callback: (document: LangiumDocument) => MaybePromise<unknown>
    ): Promise<void> {
        await super.runCancelable(documents, targetState, cancelToken, namingTheDocument(targetState, callback));
        this.workspaceWaits.reached(this.currentState);
    }

    /** Woken by the state the workspace reaches, not by Langium's phase listeners (request-waits.ts). */
    protected override awaitBuilderState(state: DocumentState, cancelToken: Cancellation.CancellationToken): Promise<void> {
        return this.announced.beforeAll(() => {
            if (this.currentState >= state) return Promise.resolve();
            return this.workspaceWaits.until(state, cancelToken);
        });
    }

    /** A request waiting for a document is answered when the document is deleted meanwhile (request-waits.ts). */
    protected override awaitDocumentState(state: DocumentState, uri: URI, cancelToken: Cancellation.CancellationToken): Promise<URI> {
        return this.announced.before(uri, () => this.waits.track(uri, cancelToken, token => super.awaitDocumentState(state, uri, token)));
    }

    protected override cleanUpDeleted<T extends AstNode>(document: LangiumDocument<T>): void {
        super.cleanUpDeleted(document);
        this.waits.deleted(document.uri);
    }

    override async update(changed: URI[], deleted: URI[], cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        const index = this.copIndex;
        for (const uri of [...changed, ...deleted]) {
            index.documentsReferredBy(uri.toString()).forEach(target => this.pending.referred.add(target));
        }
        this.pending.add(changed, deleted);
        this.announced.started([...changed, ...deleted]);
        // Requests wait for the new text from now on, not only once the update runs (see pending-changes.ts).
        for (const uri of changed) {
            const document = this.langiumDocuments.getDocument(uri);
            if (document) this.resetToState(document, DocumentState.Changed);
            else if (this.textDocuments?.get(uri)) {
                // Just opened: a placeholder to parse, as Langium's update makes, so a request
                // right after didOpen waits for the plan instead of finding no document.
                const placeholder = this.langiumDocumentFactory.fromModel({ $type: 'INVALID' }, uri);
                placeholder.state = DocumentState.Changed;
                this.langiumDocuments.addDocument(placeholder);
            }
        }
        this.currentState = DocumentState.Changed;
        if (this.inBurst()) await settle(cancelToken);
        if (cancelToken.isCancellationRequested) {
            this.overtaken = true;
            throw OperationCancelled;
        }

        const taken = this.pending.take();
        await this.dropVanished(taken.changed, taken.deleted);
        const referred = taken.referred;
        const qualifiers = new Set<string>();
        // Only another plan can be named as a qualifier: a plan alone in its workspace (the
        // largest ones, often) is not searched for them.
        const alone = this.langiumDocuments.all.limit(2).count() < 2;
        for (const uri of alone ? [] : taken.changed) {
            const text = this.textDocuments?.get(uri)?.getText();
            if (text) for (const match of text.matchAll(/\b([A-Za-z_]\w*)\.[A-Za-z_]/g)) qualifiers.add(match[1]);
        }
        if (qualifiers.size > 0) {
            for (const document of this.langiumDocuments.all) {
                const name = planOf(document.parseResult.value as PlanFile)?.name;
                if (name && qualifiers.has(name)) referred.add(document.uri.toString());
            }
        }
        this.referredByChanged = referred;
        this.changedPlanNames = await this.planNamesOf(taken.changed, taken.deleted);
        try {
            await super.update(taken.changed, taken.deleted, cancelToken);
            this.overtaken = false;
        } catch (error) {
            // Overtaken while it ran: the next update takes these changes over too.
            if (isOperationCancelled(error)) {
                taken.restore();
                this.overtaken = true;
            }
            throw error;
        } finally {
            this.referredByChanged = new Set();
            this.changedPlanNames = new Set();
        }
    }

    /**
     * Langium re-links every document that has an unresolved reference after any change, in
     * case the change resolves it: in a workspace where a few plans have a typo, every
     * keystroke re-linked them all. Here only a reference that the change could resolve
     * counts: a bare name resolves inside its own plan only, so another plan's change never
     * resolves it; `Plan.Element` resolves when a plan called `Plan` changed (or appeared).
     */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        if (this.referredByChanged.has(document.uri.toString())) return true;
        const name = planOf(document.parseResult.value as PlanFile)?.name;
        if (name && this.changedPlanNames !== 'any' && this.changedPlanNames.has(name)) return true;
        if (this.indexManager.isAffected(document, changedUris)) return true;
        const qualifiers = unresolvedQualifiers(document);
        if (qualifiers.size === 0) return false;
        if (this.changedPlanNames === 'any') return true;
        for (const name of qualifiers) if (this.changedPlanNames.has(name)) return true;
        return false;
    }

    /**
     * Moves the changed plans whose file is gone again to the deleted ones: a file created
     * and removed at once (a tool's temporary file, a branch switched back) is reported as
     * changed, and there is nothing to read. An open plan is the editor's text and is kept; a
     * folder is Langium's to look into; a file system without Node's error codes (a
     * browser's, the tests' in-memory one) is not second-guessed. A file that goes while it
     * is being read keeps its text until its deletion is reported (cop-document-factory.ts).
     */
    private async dropVanished(changed: URI[], deleted: URI[]): Promise<void> {
        for (let index = changed.length - 1; index >= 0; index--) {
            const uri = changed[index];
            if (this.textDocuments?.get(uri)) continue;
            let vanished = false;
            try {
                await this.fileSystem.stat(uri);
            } catch (error) {
                vanished = isVanished(error);
            }
            if (vanished) {
                changed.splice(index, 1);
                deleted.push(uri);
            }
        }
    }

    /**
     * The plan names of the changed and deleted documents, before and after the change: the
     * text of an open document, else of the file (changed on disk); 'any' when a changed
     * file cannot be read (a folder, or gone again).
     */
    private async planNamesOf(changed: URI[], deleted: URI[]): Promise<Set<string> | 'any'> {
        const names = new Set<string>();
        for (const uri of [...changed, ...deleted]) {
            const before = this.langiumDocuments.getDocument(uri);
            const name = before && planOf(before.parseResult.value as PlanFile)?.name;
            if (name) names.add(name);
        }
        for (const uri of changed) {
            let text = this.textDocuments?.get(uri)?.getText();
            if (text === undefined) {
                try {
                    text = await this.fileSystem.readFile(uri);
                } catch {
                    return 'any';
                }
            }
            // Every word after `plan`, comments included: a name too many only costs a re-link.
            for (const match of text.matchAll(/(?:^|\s)plan\s+([A-Za-z_]\w*)/g)) names.add(match[1]);
        }
        return names;
    }
}

/**
 * The plan names that a document's unresolved `Plan.Element` references start with, worked
 * out once per linking of it (a linking cut short and resumed adds to the same list).
 */
const qualifiersByLinking = new WeakMap<readonly unknown[], { length: number; qualifiers: Set<string> }>();

function unresolvedQualifiers(document: LangiumDocument): Set<string> {
    const known = qualifiersByLinking.get(document.references);
    if (known?.length === document.references.length) return known.qualifiers;
    const qualifiers = new Set<string>();
    for (const ref of document.references) {
        if (ref.error === undefined) continue;
        const dot = ref.$refText.indexOf('.');
        if (dot > 0) qualifiers.add(ref.$refText.slice(0, dot).trim());
    }
    qualifiersByLinking.set(document.references, { length: document.references.length, qualifiers });
    return qualifiers;
}
