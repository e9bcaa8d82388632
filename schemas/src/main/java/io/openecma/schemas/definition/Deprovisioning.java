package io.openecma.schemas.definition;

import io.openecma.schemas.ecma.AttributeValues;

/**
 * ECMA2Host's deprovisioning settings. With {@link DisableFlow#SetAttribute}, SCIM active=false
 * exports {@code disableAttribute} = {@code disableValue} (and active=true the opposite Boolean).
 */
public record Deprovisioning(DisableFlow disableFlow, String disableAttribute, Object disableValue,
                             DeleteFlow deleteFlow) {

    public Deprovisioning {
        disableValue = AttributeValues.normalize(disableValue);
    }
}
