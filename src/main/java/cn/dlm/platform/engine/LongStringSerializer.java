package cn.dlm.platform.engine;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Stores a String variable longer than the engine's 4,000-character text column in a byte array,
 * so that a whole material pasted into a form (up to 1 MB) is kept instead of failing the
 * transaction. Shorter strings keep the engine's own serializer; readers see a String either way.
 */
class LongStringSerializer extends PrimitiveValueSerializer<StringValue> {

  static final String NAME = "long-string";
  static final int TEXT_COLUMN_LENGTH = 4_000;

  LongStringSerializer() {
    super(ValueType.STRING);
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  protected boolean canWriteValue(TypedValue value) {
    return value.getValue() instanceof String text && text.length() > TEXT_COLUMN_LENGTH;
  }

  @Override
  public StringValue convertToTypedValue(UntypedValueImpl untypedValue) {
    return Variables.stringValue((String) untypedValue.getValue(), untypedValue.isTransient());
  }

  @Override
  public void writeValue(StringValue value, ValueFields valueFields) {
    valueFields.setByteArrayValue(value.getValue().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public StringValue readValue(ValueFields valueFields, boolean asTransientValue) {
    byte[] bytes = valueFields.getByteArrayValue();
    return Variables.stringValue(bytes == null ? null : new String(bytes, StandardCharsets.UTF_8), asTransientValue);
  }
}
