package dev.formwork.compiler.synth.resource;

import dev.formwork.compiler.synth.ResourceSynthesizer;
import dev.formwork.compiler.synth.StackIdentity;
import dev.formwork.compiler.synth.SynthesisContext;
import dev.formwork.compiler.synth.connect.ConnectToIntegrator;
import dev.formwork.compiler.synth.event.EventIntegrations;
import dev.formwork.compiler.synth.function.AsyncInvocationSynthesis;
import dev.formwork.compiler.synth.function.FunctionAssembly;
import dev.formwork.compiler.synth.function.FunctionSettings;
import dev.formwork.compiler.synth.function.FunctionUrlSynthesis;
import dev.formwork.compiler.synth.ref.FunctionRef;
import dev.formwork.compiler.synth.release.AliasSynthesis;
import dev.formwork.compiler.synth.release.CodeDeploySynthesis;
import dev.formwork.compiler.synth.release.FunctionAlarmSynthesis;
import dev.formwork.schema.diag.ConfigPath;
import dev.formwork.schema.model.FunctionResource;
import dev.formwork.schema.model.function.FunctionLogging;
import dev.formwork.schema.model.function.FunctionProperties;

/**
 * Synthesizes a {@code function} resource: registers its {@link FunctionAssembly} and has every
 * part contribute to it in turn: its own settings, connectTo, release (aliases, deployment,
 * alarms), URL, events and asynchronous invocation. The function, role and log group themselves are
 * written by {@code function.FunctionEmitter} after every other resource has contributed.
 */
public final class FunctionSynthesizer implements ResourceSynthesizer<FunctionResource> {

  @Override
  public Class<FunctionResource> type() {
    return FunctionResource.class;
  }

  @Override
  public FunctionRef ref(String name, FunctionResource resource, StackIdentity stack) {
    return FunctionRef.of(name, resource.properties());
  }

  @Override
  public void synthesize(String name, FunctionResource resource, SynthesisContext context) {
    FunctionProperties properties = resource.properties();
    FunctionAssembly function =
        new FunctionAssembly(
            name, properties, ConfigPath.of("resources", name), context.stack().stackName());
    context.register(function);
    FunctionSettings.apply(function, context);
    ConnectToIntegrator.apply(function, context);
    AliasSynthesis.validate(function, context);
    if (properties.deployment().isPresent()) {
      CodeDeploySynthesis.synthesize(function, properties.deployment().get(), context);
    }
    CodeDeploySynthesis.grantHookResponse(function, context);
    FunctionAlarmSynthesis.synthesize(function, context);
    if (properties.url().isPresent() && properties.url().get().enabled()) {
      FunctionUrlSynthesis.synthesize(function, properties.url().get(), context);
    }
    ConfigPath eventsPath = function.propertyPath("events");
    for (int i = 0; i < properties.events().size(); i++) {
      EventIntegrations.synthesize(
          function, properties.events().get(i), eventsPath.index(i), context);
    }
    AsyncInvocationSynthesis.synthesize(function, context);
    if (properties.logging().isPresent()) {
      FunctionLogging logging = properties.logging().get();
      if (logging.logForwarding().isPresent()) {
        LogForwardingSynthesis.forward(
            name,
            logging.disabled(),
            logging.logForwarding().get(),
            function.propertyPath("logging"),
            context);
      }
    }
  }
}
