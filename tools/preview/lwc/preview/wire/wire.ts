/**
 * The wire adapter protocol the LWC engine drives (`constructor(dataCallback)`, `update(config)`,
 * `connect()`, `disconnect()`), for adapters that answer a config with one API call: the
 * preview's `lightning/graphql`, `lightning/uiRecordApi` and `lightning/uiObjectInfoApi`.
 *
 * Like Lightning Data Service it emits an empty value when connected, fetches when the config
 * is complete, does not refetch for an equal config, emits only the answer to the latest
 * config, and refetches on `refresh()`.
 */

export type DataCallback<V> = (value: V) => void;

export abstract class FetchingAdapter<Config, Value> {
    private connected = false;
    private config: Config | undefined;
    private loadedKey: string | null = null;
    private generation = 0;

    constructor(private readonly dataCallback: DataCallback<Value>) {}

    /** The request identity of a config, or null while it is incomplete (nothing is fetched). */
    protected abstract keyOf(config: Config): string | null;
    protected abstract fetchValue(config: Config): Promise<Value>;
    protected abstract failureValue(error: unknown): Value;
    protected abstract emptyValue(): Value;
    /** Called when the adapter joins or leaves the page (registries for refresh and notify). */
    protected onConnectionChange(_connected: boolean): void {}

    update(config: Config): void {
        this.config = config;
        if (this.connected) void this.load(false);
    }

    connect(): void {
        this.connected = true;
        this.onConnectionChange(true);
        this.dataCallback(this.emptyValue());
        if (this.config !== undefined) void this.load(false);
    }

    disconnect(): void {
        this.connected = false;
        this.loadedKey = null;
        this.onConnectionChange(false);
    }

    /** Refetches the current config; resolves once its answer was emitted. */
    refresh(): Promise<void> {
        return this.load(true);
    }

    /** The key of the config currently loaded (or loading), for registries. */
    protected currentKey(): string | null {
        return this.config === undefined ? null : this.keyOf(this.config);
    }

    protected emit(value: Value): void {
        if (this.connected) this.dataCallback(value);
    }

    private async load(force: boolean): Promise<void> {
        const config = this.config;
        if (config === undefined) return;
        const key = this.keyOf(config);
        if (key === null || (!force && key === this.loadedKey)) return;
        this.loadedKey = key;
        const generation = ++this.generation;
        let value: Value;
        try {
            value = await this.fetchValue(config);
        } catch (error) {
            value = this.failureValue(error);
        }
        if (generation === this.generation) this.emit(value);
    }
}
