package ovc.run.openlineage;

import io.openlineage.client.Clients;
import io.openlineage.client.OpenLineage;
import io.openlineage.client.OpenLineageClient;
import io.openlineage.client.transports.Transport;

/**
 * The official client as its own configuration makes it ({@code OPENLINEAGE_CONFIG},
 * {@code openlineage.yml}, {@code OPENLINEAGE__TRANSPORT__*}: http, file, console, Kafka...), seen
 * as one transport so that {@link Delivery} sends through either this or {@link UrlTransport}.
 * A class of its own so that the plain-URL path never loads the client's configuration classes.
 */
final class ConfiguredClient extends Transport {

    private final OpenLineageClient client;

    private ConfiguredClient(OpenLineageClient client) {
        this.client = client;
    }

    /** The client {@code Clients.newClient()} builds from the configuration it finds. */
    static Transport fromConfiguration() {
        return new ConfiguredClient(Clients.newClient());
    }

    @Override
    public void emit(OpenLineage.RunEvent event) {
        client.emit(event);
    }

    @Override
    public void emit(OpenLineage.DatasetEvent event) {
        client.emit(event);
    }

    @Override
    public void emit(OpenLineage.JobEvent event) {
        client.emit(event);
    }

    @Override
    public void close() throws Exception {
        client.close();
    }
}
