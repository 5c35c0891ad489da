package dev.pitlane.gateway.edge;

import dev.pitlane.gateway.problem.Problem;
import dev.pitlane.gateway.problem.ProblemCode;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/**
 * Answers Netty gives before any of the gateway's code runs — a request line longer than Netty reads (414), headers
 * larger than it reads (431), a request it cannot parse (400) — go out bare, with an empty body. This handler sits
 * right after Netty's HTTP codec and gives them the problem+json body every other answer has.
 */
@Component
class NettyProblemAnswers implements NettyServerCustomizer {

    private static final Map<Integer, String> DETAILS = Map.of(
            400, "The request could not be read as HTTP.",
            413, "The request is larger than the gateway reads.",
            414, "The request line (method and URL) is longer than the gateway reads.",
            431, "The request's headers are larger than the gateway reads.");

    private final JsonMapper json;

    NettyProblemAnswers(JsonMapper json) {
        this.json = json;
    }

    @Override
    public HttpServer apply(HttpServer server) {
        return server.doOnChannelInit((observer, channel, address) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, "pitlane.problemAnswers", new Handler());
            }
        });
    }

    private final class Handler extends ChannelDuplexHandler {

        @Override
        public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
            if (msg instanceof FullHttpResponse bare && bare.content().readableBytes() == 0
                    && DETAILS.containsKey(bare.status().code())
                    && !bare.headers().contains(HttpHeaderNames.CONTENT_TYPE)) {
                super.write(ctx, withProblem(ctx, bare), promise);
                return;
            }
            super.write(ctx, msg, promise);
        }

        private FullHttpResponse withProblem(ChannelHandlerContext ctx, FullHttpResponse bare) {
            HttpStatus status = HttpStatus.valueOf(bare.status().code());
            String code = ProblemCode.codeFor(status);
            byte[] body = json.writeValueAsBytes(new Problem(Problem.TYPE_PREFIX + code, ProblemCode.titleFor(status),
                    status.value(), DETAILS.get(status.value()), null, code, null, null));
            ByteBuf content = ctx.alloc().buffer(body.length).writeBytes(body);
            FullHttpResponse answer = new DefaultFullHttpResponse(bare.protocolVersion(), bare.status(), content);
            answer.headers().set(bare.headers())
                    .set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
            bare.release();
            return answer;
        }
    }
}
