package fr.sourire.api.internal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Documents {@link PostsAliasController}: every {@code /api/v1/practices/{practiceId}/posts…} operation is copied to
 * {@code /api/v1/posts…}, with the path parameter replaced by the {@code practice} query parameter (and its header),
 * so the documentation of the short form follows the nested one by construction.
 */
@Component
class PostsAliasDocumentation implements OpenApiCustomizer {

	private static final String NESTED = "/api/v1/practices/{practiceId}/posts";

	private static final String CHOICE = "Sans ce paramètre ni l’en-tête " + PostsAliasController.PRACTICE_HEADER
			+ ", le seul cabinet dont vous êtes membre ; si vous l’êtes de plusieurs, 400. "
			+ "Un cabinet dont vous n’êtes pas membre : 404, comme pour /api/v1/practices/{practiceId}/posts.";

	@Override
	public void customise(OpenAPI openApi) {
		Paths paths = openApi.getPaths();
		if (paths == null) {
			return;
		}
		var flat = new Paths();
		paths.forEach((path, item) -> {
			if (path.equals(NESTED) || path.startsWith(NESTED + "/")) {
				flat.addPathItem(PostsAliasController.FLAT + path.substring(NESTED.length()), flat(item));
			}
		});
		flat.forEach(paths::addPathItem);
	}

	private static PathItem flat(PathItem nested) {
		var item = new PathItem().summary(nested.getSummary()).description(nested.getDescription());
		for (Map.Entry<PathItem.HttpMethod, Operation> entry : nested.readOperationsMap().entrySet()) {
			item.operation(entry.getKey(), flat(entry.getValue(), nested.getParameters()));
		}
		return item;
	}

	/** A copy of the operation (the schemas, responses and body are shared, unchanged) choosing the practice otherwise. */
	private static Operation flat(Operation nested, List<Parameter> pathItemParameters) {
		var parameters = new ArrayList<Parameter>();
		Parameter practiceId = null;
		for (Parameter parameter : Stream.concat(stream(pathItemParameters), stream(nested.getParameters())).toList()) {
			if ("path".equals(parameter.getIn()) && "practiceId".equals(parameter.getName())) {
				practiceId = parameter;
			}
			else {
				parameters.add(parameter);
			}
		}
		var schema = practiceId == null ? null : practiceId.getSchema();
		parameters.add(new QueryParameter().name(PostsAliasController.PRACTICE_PARAMETER).required(false).schema(schema)
			.description("Identifiant du cabinet (comme {practiceId}, voir GET /api/v1/me). " + CHOICE));
		parameters.add(new HeaderParameter().name(PostsAliasController.PRACTICE_HEADER).required(false).schema(schema)
			.description("Identifiant du cabinet, si le paramètre practice est absent."));
		return new Operation().tags(nested.getTags()).summary(nested.getSummary())
			.description(nested.getDescription())
			.externalDocs(nested.getExternalDocs())
			.operationId(nested.getOperationId() == null ? null : nested.getOperationId() + "WithoutPracticeInPath")
			.parameters(parameters).requestBody(nested.getRequestBody()).responses(nested.getResponses())
			.callbacks(nested.getCallbacks()).deprecated(nested.getDeprecated()).security(nested.getSecurity())
			.servers(nested.getServers()).extensions(nested.getExtensions());
	}

	private static Stream<Parameter> stream(List<Parameter> parameters) {
		return parameters == null ? Stream.empty() : parameters.stream();
	}
}
