package io.openecma.testsupport;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/** Resolves the parameters described on {@link RealInfrastructure}. */
public class RealInfrastructureExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == KafkaEndpoint.class || type == PostgresEndpoint.class || type == DataSource.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == KafkaEndpoint.class) {
            return SharedKafka.endpoint();
        }
        if (type == PostgresEndpoint.class) {
            return SharedPostgres.endpoint();
        }
        return SharedPostgres.endpoint().dataSource();
    }
}
