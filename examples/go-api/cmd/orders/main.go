// Command orders is a Lambda handler behind an HTTP API: POST /orders stores the order in the
// DynamoDB table that connectTo names in STP_ORDERS_TABLE_NAME.
package main

import (
	"context"
	"encoding/json"
	"net/http"
	"os"
	"strconv"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

type order struct {
	OrderID  string `json:"orderId"`
	Item     string `json:"item"`
	Quantity int    `json:"quantity"`
}

type handler struct {
	table  string
	client *dynamodb.Client
}

func (h handler) placeOrder(ctx context.Context, request events.APIGatewayV2HTTPRequest) (events.APIGatewayV2HTTPResponse, error) {
	var placed order
	if err := json.Unmarshal([]byte(request.Body), &placed); err != nil || placed.OrderID == "" {
		return respond(http.StatusBadRequest, map[string]string{"error": "expected {\"orderId\", \"item\", \"quantity\"}"})
	}
	_, err := h.client.PutItem(ctx, &dynamodb.PutItemInput{
		TableName: aws.String(h.table),
		Item: map[string]types.AttributeValue{
			"orderId":  &types.AttributeValueMemberS{Value: placed.OrderID},
			"item":     &types.AttributeValueMemberS{Value: placed.Item},
			"quantity": &types.AttributeValueMemberN{Value: strconv.Itoa(placed.Quantity)},
		},
	})
	if err != nil {
		return events.APIGatewayV2HTTPResponse{}, err
	}
	return respond(http.StatusCreated, placed)
}

func respond(status int, body any) (events.APIGatewayV2HTTPResponse, error) {
	text, err := json.Marshal(body)
	if err != nil {
		return events.APIGatewayV2HTTPResponse{}, err
	}
	return events.APIGatewayV2HTTPResponse{
		StatusCode: status,
		Headers:    map[string]string{"content-type": "application/json"},
		Body:       string(text),
	}, nil
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		panic(err)
	}
	h := handler{table: os.Getenv("STP_ORDERS_TABLE_NAME"), client: dynamodb.NewFromConfig(cfg)}
	lambda.Start(h.placeOrder)
}
